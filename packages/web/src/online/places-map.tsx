import { Box } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { geoArea, geoCentroid, geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";
import { countryName } from "../i18n/country-names.ts";
import { byCountry, NUMERIC_OF, POINT_OF } from "./place-countries.ts";

// Natural Earth 1:110m (public domain) as TopoJSON, bundled with the app: nothing is fetched.
const atlas = countries as unknown as Topology<{ countries: GeometryCollection }>;
const SHAPES = feature(atlas, atlas.objects.countries) as FeatureCollection;
const BY_ID = new Map(SHAPES.features.map((f) => [String(f.id), f]));

interface Located {
  country: string;
  ads: number;
  shape: Feature | undefined;
  main: Feature | undefined;
  /** [longitude, latitude] of the circle. */
  at: [number, number];
}

/** The largest polygon of a country (mainland France, not its overseas departments). */
function mainland(shape: Feature): Feature<Polygon> | Feature {
  if (shape.geometry.type !== "MultiPolygon") return shape;
  const polygons = shape.geometry.coordinates.map((coordinates): Feature<Polygon> => ({
    type: "Feature",
    properties: {},
    geometry: { type: "Polygon", coordinates },
  }));
  return polygons.reduce((best, p) => (geoArea(p) > geoArea(best) ? p : best), polygons[0] ?? shape);
}

/**
 * Where a network's ads are placed, by country: countries with ads shaded, a circle sized by
 * the number of ads on each. The engine knows cities, not coordinates, so the map is by
 * country; the list beside it names the cities.
 */
export default function PlacesMap({
  places,
}: {
  places: readonly { country: string; city: string; ads: number }[];
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const descId = useId();
  // Narrower on phones, so that the numbers on the circles stay readable when it is scaled to fit.
  const phone = useMediaQuery("(max-width: 36em)");
  const [WIDTH, HEIGHT] = phone ? [360, 300] : [640, 400];
  const countriesWithAds = byCountry(places);
  const located = countriesWithAds.flatMap((c): Located[] => {
    const shape = BY_ID.get(NUMERIC_OF[c.country] ?? "");
    const point = POINT_OF[c.country];
    if (shape) {
      const main = mainland(shape);
      return [{ ...c, shape, main, at: geoCentroid(main) }];
    }
    return point ? [{ ...c, shape: undefined, main: undefined, at: [point[0], point[1]] }] : [];
  });
  const focus: FeatureCollection = {
    type: "FeatureCollection",
    features: located.flatMap((c) =>
      c.main
        ? [c.main]
        : [
            {
              type: "Feature" as const,
              properties: {},
              geometry: { type: "Point" as const, coordinates: c.at },
            },
          ],
    ),
  };
  const projection = geoMercator();
  if (focus.features.length > 0)
    projection.fitExtent(
      [
        [40, 30],
        [WIDTH - 40, HEIGHT - 30],
      ],
      focus,
    );
  else projection.fitSize([WIDTH, HEIGHT], SHAPES);
  const path = geoPath(projection);
  const shaded = new Set(located.flatMap((c) => (c.shape ? [c.shape] : [])));
  const max = Math.max(1, ...located.map((c) => c.ads));
  const summary = countriesWithAds
    .map((c) => `${countryName(c.country, i18n.language)} ${String(c.ads)}`)
    .join(", ");
  return (
    <Box style={{ overflow: "hidden", borderRadius: 8, border: "1px solid var(--mantine-color-gray-4)" }}>
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ display: "block", background: "#eef4fa" }}
        data-testid="places-map"
      >
        <title id={titleId}>{t("online.places.mapTitle")}</title>
        <desc id={descId}>
          {t("online.places.mapDescription", { places: summary || t("online.places.none") })}
        </desc>
        {SHAPES.features.map((f) => (
          <path
            key={String(f.id ?? f.properties?.name)}
            d={path(f) ?? ""}
            fill={shaded.has(f) ? "#a5d8ff" : "#dee2e6"}
            stroke="#ffffff"
            strokeWidth={0.6}
          />
        ))}
        {located.map((c) => {
          const xy = projection(c.at);
          if (!xy) return null;
          const r = 8 + 16 * Math.sqrt(c.ads / max);
          return (
            <g key={c.country}>
              <circle
                cx={xy[0]}
                cy={xy[1]}
                r={r}
                fill="#1864ab"
                fillOpacity={0.85}
                stroke="white"
                strokeWidth={2}
              />
              <text x={xy[0]} y={xy[1] + 4.5} fontSize={13} fontWeight={700} textAnchor="middle" fill="white">
                {c.ads}
              </text>
            </g>
          );
        })}
      </svg>
    </Box>
  );
}
