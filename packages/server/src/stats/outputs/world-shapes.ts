import { createRequire } from "node:module";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { alpha2FromNumeric } from "../imports/country-table.ts";

/** A country shape from world-atlas (Natural Earth, public domain) with its ISO alpha-2 code. */
export interface CountryShape {
  readonly alpha2: string | null;
  readonly name: string;
  readonly feature: Feature<Geometry, { name: string }>;
}

/**
 * Natural Earth shapes with no ISO numeric code. Kosovo has its own user-assigned code; Northern
 * Cyprus and Somaliland are drawn as part of Cyprus and Somalia, as the UN counts them.
 */
const BY_NAME: Readonly<Record<string, string>> = { Kosovo: "XK", "N. Cyprus": "CY", Somaliland: "SO" };

const require = createRequire(import.meta.url);
const cache = new Map<string, CountryShape[]>();

function load(file: "countries-110m.json" | "countries-50m.json"): CountryShape[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const topology = require(`world-atlas/${file}`) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const shapes = feature(topology, topology.objects.countries).features.map((f) => {
    const id = typeof f.id === "string" ? f.id : typeof f.id === "number" ? String(f.id) : undefined;
    const alpha2 =
      (id === undefined ? undefined : alpha2FromNumeric(id)) ?? BY_NAME[f.properties.name] ?? null;
    return { alpha2, name: f.properties.name, feature: f };
  });
  cache.set(file, shapes);
  return shapes;
}

/** The 1:110m countries, Antarctica left out (it takes a fifth of the map and has no data). */
export function worldShapes(): CountryShape[] {
  return load("countries-110m.json").filter((s) => s.alpha2 !== "AQ");
}

/** The 1:50m shape of a country too small for the 1:110m set (Malta, Singapore, Bahrain …). */
export function smallCountryShape(alpha2: string): CountryShape | undefined {
  return load("countries-50m.json").find((s) => s.alpha2 === alpha2);
}
