import { Box, Group, Text } from "@mantine/core";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { useTranslation } from "react-i18next";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";
import { countryName } from "../i18n/country-names.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { CHART, ColorSwatch, HatchPattern, HatchSwatch, MAP_CLASSES, useSvgId } from "./chart-parts.tsx";
import { classOf, mapClasses, type Figure } from "./stat-data.ts";
import { ALPHA2_BY_NAME, ALPHA2_BY_NUMERIC, SMALL_COUNTRY_CENTROIDS } from "./world-codes.ts";

// Natural Earth 1:110m (public domain) as TopoJSON, bundled with the app: nothing is fetched.
type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const atlas = countries as unknown as Countries;
const FEATURES = feature(atlas, atlas.objects.countries).features as Feature<Geometry, { name: string }>[];

const WIDTH = 800;

interface Shape {
  alpha2: string | null;
  d: string;
}

/** The shapes projected once (Natural Earth projection, Antarctica left out: it has no data). */
const { SHAPES, HEIGHT, project } = (() => {
  const shown = FEATURES.flatMap((f) => {
    const id = f.id === undefined ? undefined : String(f.id);
    const alpha2 =
      (id === undefined ? undefined : ALPHA2_BY_NUMERIC.get(id)) ?? ALPHA2_BY_NAME[f.properties.name];
    return alpha2 === "AQ" ? [] : [{ feature: f, alpha2: alpha2 ?? null }];
  });
  const collection: FeatureCollection = {
    type: "FeatureCollection",
    features: shown.map((s) => s.feature),
  };
  const projection = geoNaturalEarth1().fitWidth(WIDTH - 8, collection);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(collection);
  projection.translate([projection.translate()[0] + 4, projection.translate()[1] - y0 + 4]);
  const shapes: Shape[] = shown.map((s) => ({ alpha2: s.alpha2, d: path(s.feature) ?? "" }));
  return {
    SHAPES: shapes,
    HEIGHT: Math.ceil(y1 - y0 + 8),
    project: (point: readonly [number, number]) => projection([point[0], point[1]]),
  };
})();

const ON_MAP = new Set(SHAPES.flatMap((s) => (s.alpha2 === null ? [] : [s.alpha2])));

/**
 * A choropleth of figures by country (ISO alpha-2): up to five classes of round width in
 * sequential blues, withheld countries hatched, countries without a figure light grey.
 * Countries too small for the scale are dots; a country with no shape at all is named under
 * the map. The legend is HTML, readable at any width; the table view lists every figure.
 */
export default function WorldMap({
  title,
  values,
  testId,
}: {
  title: string;
  values: ReadonlyMap<string, Figure>;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const number = (value: number) => formatters.number(value);
  const hatch = useSvgId("map-hatch");
  const titleId = useSvgId("map-title");
  const descId = useSvgId("map-desc");
  const name = (code: string) => countryName(code, i18n.language);

  const numbers = [...values.values()].filter((v): v is number => v !== null);
  const classes = mapClasses(Math.max(0, ...numbers));
  const withheld = [...values.values()].some((v) => v === null);
  const colorOf = (i: number) =>
    MAP_CLASSES[
      classes.length <= 1
        ? MAP_CLASSES.length - 1
        : Math.round((i * (MAP_CLASSES.length - 1)) / (classes.length - 1))
    ] ?? CHART.bar;
  const fill = (v: Figure | undefined) =>
    v === undefined ? CHART.noData : v === null ? `url(#${hatch})` : colorOf(classOf(classes, v));

  const dots = [...values.entries()].filter(
    ([code]) => !ON_MAP.has(code) && SMALL_COUNTRY_CENTROIDS.has(code),
  );
  const offMap = [...values.entries()].filter(
    ([code]) => !ON_MAP.has(code) && !SMALL_COUNTRY_CENTROIDS.has(code),
  );
  const figure = (v: Figure) => (v === null ? t("statistics.withheld.short") : number(v));
  const sorted = [...values.entries()].sort((a, b) => (b[1] ?? -1) - (a[1] ?? -1));
  const describe =
    sorted.length === 0
      ? t("statistics.map.empty")
      : t("statistics.map.description", {
          count: sorted.length,
          list: sorted.map(([code, v]) => `${name(code)}: ${figure(v)}`).join("; "),
        });

  return (
    <Box>
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ display: "block", background: "#f8fbff" }}
        data-testid={testId}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{describe}</desc>
        <defs>
          <HatchPattern id={hatch} />
        </defs>
        {SHAPES.map((shape, i) => {
          const value = shape.alpha2 === null ? undefined : values.get(shape.alpha2);
          return (
            <path
              key={`${shape.alpha2 ?? "none"}-${String(i)}`}
              d={shape.d}
              fill={fill(value)}
              stroke="#ffffff"
              strokeWidth={0.5}
              data-iso2={shape.alpha2 ?? undefined}
              data-value={value === undefined ? undefined : value === null ? "withheld" : String(value)}
            >
              {value !== undefined && shape.alpha2 !== null && (
                <title>{`${name(shape.alpha2)}: ${figure(value)}`}</title>
              )}
            </path>
          );
        })}
        {dots.map(([code, value]) => {
          const centroid = SMALL_COUNTRY_CENTROIDS.get(code);
          const point = centroid === undefined ? null : project(centroid);
          if (point === null) return null;
          return (
            <circle
              key={code}
              cx={point[0]}
              cy={point[1]}
              r={4}
              fill={fill(value)}
              stroke={CHART.text}
              strokeWidth={0.8}
              data-iso2={code}
              data-value={value === null ? "withheld" : String(value)}
            >
              <title>{`${name(code)}: ${figure(value)}`}</title>
            </circle>
          );
        })}
      </svg>
      <Group gap="sm" mt={6} wrap="wrap" component="ul" style={{ listStyle: "none", padding: 0 }}>
        {classes.map((c, i) => (
          <Group key={c.from} gap={4} component="li" wrap="nowrap">
            <ColorSwatch color={colorOf(i)} />
            <Text size="xs">
              {c.to === null
                ? t("statistics.map.atLeast", { from: number(c.from) })
                : c.to === c.from
                  ? number(c.from)
                  : t("statistics.map.range", { from: number(c.from), to: number(c.to) })}
            </Text>
          </Group>
        ))}
        {withheld && (
          <Group gap={4} component="li" wrap="nowrap">
            <HatchSwatch />
            <Text size="xs">{t("statistics.withheld.legend")}</Text>
          </Group>
        )}
        <Group gap={4} component="li" wrap="nowrap">
          <ColorSwatch color={CHART.noData} />
          <Text size="xs">{t("statistics.map.noFigure")}</Text>
        </Group>
      </Group>
      {values.size === 0 && (
        <Text size="sm" mt={4} data-testid="map-empty">
          {t("statistics.map.empty")}
        </Text>
      )}
      {offMap.length > 0 && (
        <Text size="xs" mt={4}>
          {t("statistics.map.offMap", {
            list: offMap.map(([code, v]) => `${name(code)} ${figure(v)}`).join(", "),
          })}
        </Text>
      )}
    </Box>
  );
}
