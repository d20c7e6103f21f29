/**
 * ISO 3166-1 numeric codes (the ids of world-atlas' Natural Earth shapes) of the countries the
 * detection engine's gazetteer knows, so that the places of a network can be put on the map.
 */
export const NUMERIC_OF: Readonly<Record<string, string>> = {
  AT: "040",
  BE: "056",
  BG: "100",
  HR: "191",
  CY: "196",
  CZ: "203",
  DK: "208",
  EE: "233",
  FI: "246",
  FR: "250",
  DE: "276",
  GR: "300",
  HU: "348",
  IE: "372",
  IT: "380",
  LV: "428",
  LT: "440",
  LU: "442",
  MT: "470",
  NL: "528",
  PL: "616",
  PT: "620",
  RO: "642",
  SK: "703",
  SI: "705",
  ES: "724",
  SE: "752",
  GB: "826",
  NO: "578",
  CH: "756",
  MD: "498",
  UA: "804",
  RS: "688",
  AL: "008",
  MK: "807",
  BA: "070",
  TR: "792",
  NG: "566",
  CA: "124",
  US: "840",
};

/** Countries too small for the 1:110m shapes: a point instead ([longitude, latitude]). */
export const POINT_OF: Readonly<Record<string, readonly [number, number]>> = {
  MT: [14.45, 35.9],
};

/** Ads per country, most first, with the cities named in each. */
export function byCountry(
  places: readonly { country: string; city: string; ads: number }[],
): { country: string; ads: number; cities: { city: string; ads: number }[] }[] {
  const out = new Map<string, { country: string; ads: number; cities: { city: string; ads: number }[] }>();
  for (const p of places) {
    const entry = out.get(p.country) ?? { country: p.country, ads: 0, cities: [] };
    entry.ads += p.ads;
    entry.cities.push({ city: p.city, ads: p.ads });
    out.set(p.country, entry);
  }
  return [...out.values()]
    .map((c) => ({ ...c, cities: c.cities.sort((a, b) => b.ads - a.ads || a.city.localeCompare(b.city)) }))
    .sort((a, b) => b.ads - a.ads || a.country.localeCompare(b.country));
}
