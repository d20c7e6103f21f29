import { geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { countryName } from "../imports/country-table.ts";
import {
  escapeXml,
  formatNumber,
  hatchPatternDef,
  idPrefix,
  MUTED,
  niceTicks,
  NO_DATA_FILL,
  round,
  SEQUENTIAL,
  svgDocument,
  text,
  textWidth,
} from "./svg-document.ts";
import { smallCountryShape, worldShapes } from "./world-shapes.ts";

export interface WorldMapOptions {
  readonly title: string;
  readonly description?: string;
  readonly width?: number;
  /** What the values count, for the legend ("registered victims by citizenship"). */
  readonly unit?: string;
}

/**
 * A choropleth of values by ISO alpha-2 code on Natural Earth's 1:110m countries: up to five
 * classes of equal, rounded width in sequential blues; withheld (null) hatched; countries
 * without a value light grey. Countries too small for that scale (Malta, Singapore …) are
 * dots at their centroid, taken from the 1:50m shapes. Every shape with a value carries
 * `data-iso2` and a <title> with its name and value.
 */
export function worldMapSvg(
  values: Readonly<Record<string, number | null>>,
  options: WorldMapOptions,
): string {
  const width = options.width ?? 800;
  const mapHeight = Math.round(width * 0.48);
  const top = 34;
  const prefix = idPrefix("map", { values, title: options.title });
  const hatch = `${prefix}-hatch`;
  const entries = Object.entries(values).map(([code, v]) => [code.toUpperCase(), v] as const);
  const byCode = new Map(entries);

  const numbers = entries.flatMap(([, v]) => (v === null ? [] : [v]));
  const ticks = niceTicks(Math.max(0, ...numbers));
  const classes = Math.max(1, ticks.length - 1);
  const integers = numbers.every((n) => Number.isInteger(n));
  const classOf = (v: number): number => {
    const i = ticks.findIndex((t, k) => k > 0 && v < t) - 1;
    return i < 0 ? classes - 1 : i;
  };
  const fillOf = (i: number): string =>
    SEQUENTIAL[
      classes === 1 ? SEQUENTIAL.length - 1 : Math.round((i * (SEQUENTIAL.length - 1)) / (classes - 1))
    ] ?? "#3182bd";
  const fill = (v: number | null | undefined): string =>
    v === undefined ? NO_DATA_FILL : v === null ? `url(#${hatch})` : fillOf(classOf(v));
  const tip = (code: string, v: number | null): string =>
    `<title>${escapeXml(`${countryName(code)}: ${v === null ? "withheld" : formatNumber(v)}`)}</title>`;

  const shapes = worldShapes();
  const collection: FeatureCollection<Geometry, { name: string }> = {
    type: "FeatureCollection",
    features: shapes.map((s) => s.feature),
  };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [8, top],
      [width - 8, top + mapHeight],
    ],
    collection,
  );
  const path = geoPath(projection).digits(1);

  const parts: string[] = [text(12, 22, options.title, { size: 15, weight: "bold" })];
  const drawn = new Set<string>();
  for (const shape of shapes) {
    const d = path(shape.feature);
    if (d === null || d === "") continue;
    const code = shape.alpha2;
    const value = code === null ? undefined : byCode.get(code);
    if (code === null || value === undefined) {
      parts.push(`<path d="${d}" fill="${NO_DATA_FILL}" stroke="#ffffff" stroke-width="0.5"/>`);
      continue;
    }
    drawn.add(code);
    parts.push(
      `<path d="${d}" fill="${fill(value)}" stroke="#ffffff" stroke-width="0.5" data-iso2="${code}">${tip(code, value)}</path>`,
    );
  }
  const offMap: string[] = [];
  for (const [code, value] of entries) {
    if (drawn.has(code)) continue;
    const small = smallCountryShape(code);
    const point = small ? projection(geoCentroid(small.feature)) : null;
    if (!point) {
      offMap.push(`${countryName(code)} ${value === null ? "withheld" : formatNumber(value)}`);
      continue;
    }
    parts.push(
      `<circle cx="${round(point[0])}" cy="${round(point[1])}" r="4" fill="${fill(value)}" stroke="#333333" stroke-width="0.8" data-iso2="${code}">${tip(code, value)}</circle>`,
    );
  }

  // Legend: the classes, then withheld and no data.
  let lx = 12;
  const ly = top + mapHeight + 14;
  if (options.unit !== undefined) {
    parts.push(text(lx, ly + 10, options.unit, { size: 11, fill: MUTED }));
    lx += textWidth(options.unit, 11) + 12;
  }
  const legend: { fill: string; label: string }[] = [];
  if (numbers.length > 0) {
    for (let i = 0; i < classes; i += 1) {
      const from = ticks[i] ?? 0;
      const to = ticks[i + 1] ?? from;
      const last = i === classes - 1;
      const label = integers
        ? to - from <= 1 && !last
          ? formatNumber(from)
          : `${formatNumber(from)}–${formatNumber(last ? to : to - 1)}`
        : `${formatNumber(from)}–${last ? "" : "<"}${formatNumber(to)}`;
      legend.push({ fill: fillOf(i), label });
    }
  }
  legend.push({ fill: `url(#${hatch})`, label: "withheld" }, { fill: NO_DATA_FILL, label: "no data" });
  for (const item of legend) {
    parts.push(
      `<rect x="${round(lx)}" y="${ly}" width="14" height="12" fill="${item.fill}" stroke="#999999" stroke-width="0.5"/>`,
    );
    parts.push(text(lx + 18, ly + 10, item.label, { size: 11 }));
    lx += 30 + textWidth(item.label, 11);
  }
  const height = ly + 24 + (offMap.length > 0 ? 16 : 0);
  if (offMap.length > 0)
    parts.push(text(12, height - 6, `Not on the map: ${offMap.join(", ")}`, { size: 10, fill: MUTED }));

  return svgDocument({
    prefix,
    width,
    height,
    title: options.title,
    description: options.description ?? describe(options.title, entries),
    defs: hatchPatternDef(hatch),
    body: parts.join(""),
  });
}

function describe(title: string, entries: readonly (readonly [string, number | null])[]): string {
  const listed = [...entries]
    .sort((a, b) => (b[1] ?? -1) - (a[1] ?? -1))
    .map(([code, v]) => `${countryName(code)} ${v === null ? "withheld" : formatNumber(v)}`);
  return `World map: ${title}. ${listed.length === 0 ? "No values." : `${listed.join("; ")}.`} Countries not listed have no data.`;
}
