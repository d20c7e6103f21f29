import {
  AGE_BANDS,
  AGE_GROUPS,
  ageBandOf,
  ageGroupOf,
  CITIZENSHIP_GROUPS,
  citizenshipGroupOf,
  REGISTRATION_STATUSES,
  SEXES,
  STAT_FORMS,
  type VictimObservation,
} from "@ariadne/domain";
import {
  categoryIndexer,
  defineDimension,
  microdata,
  popcount,
  subsetMasks,
  type Dimension,
  type Microdata,
} from "@ariadne/privacy";
import { csvRows } from "../files/csv.ts";
import { ISO_3166_ALPHA2 } from "../htcds-exchange/country-codes.ts";

/**
 * Synthetic microdata from a dataset's observations: which attributes a synthetic record can
 * have, how an observation becomes a row of category indices, and how the records are stored
 * and written. The synthesis itself (marginals, protection, generation, reports) is
 * packages/privacy's.
 */

/** The attributes a synthetic record can carry, in the order they are offered. */
export const SYNTHETIC_ATTRIBUTES = [
  "year",
  "status",
  "sex",
  "age_group",
  "age_band",
  "citizenship_group",
  "citizenship",
  "form",
  "exploitation_country_group",
  "exploitation_country",
] as const;
export type SyntheticAttribute = (typeof SYNTHETIC_ATTRIBUTES)[number];

export function isSyntheticAttribute(name: string): name is SyntheticAttribute {
  return (SYNTHETIC_ATTRIBUTES as readonly string[]).includes(name);
}

/** A record has one value per attribute: a person registered under several forms has this one. */
export const SEVERAL_FORMS = "several";

/** Most records one synthesis makes: aggregate-seeded synthesis of 100k records takes seconds. */
export const MAX_SYNTHETIC_RECORDS = 200_000;
/** Most combinations (cells over every marginal table) one synthesis counts. */
export const MAX_COMBINATIONS = 5_000_000;
/** Longest combination of attributes the marginals hold. */
export const MAX_COMBINATION_LENGTH = 4;
/** δ of the DP marginals together (each of the T tables gets δ/T). */
export const SYNTHESIS_DELTA = "1/1000000";

export interface SynthesisScope {
  readonly fromYear: number;
  readonly toYear: number;
  readonly reportingCountry: string;
}

const COUNTRIES = [...ISO_3166_ALPHA2].sort();

interface AttributeDef {
  readonly categories: (scope: SynthesisScope) => readonly string[];
  readonly value: (v: VictimObservation, scope: SynthesisScope) => string | null;
}

const ATTRIBUTES: Readonly<Record<SyntheticAttribute, AttributeDef>> = {
  year: {
    categories: ({ fromYear, toYear }) =>
      Array.from({ length: toYear - fromYear + 1 }, (_, i) => String(fromYear + i)),
    value: (v) => String(v.year),
  },
  status: { categories: () => REGISTRATION_STATUSES, value: (v) => v.status },
  sex: { categories: () => SEXES, value: (v) => v.sex },
  age_group: { categories: () => AGE_GROUPS, value: (v) => ageGroupOf(v.age) },
  age_band: {
    categories: () => AGE_BANDS,
    value: (v) => (v.ageBand !== undefined ? v.ageBand : ageBandOf(v.age)),
  },
  citizenship_group: {
    categories: () => CITIZENSHIP_GROUPS,
    value: (v, s) => citizenshipGroupOf(v.citizenship, s.reportingCountry),
  },
  citizenship: { categories: () => COUNTRIES, value: (v) => v.citizenship },
  form: {
    categories: () => [...STAT_FORMS, SEVERAL_FORMS],
    value: (v) => (v.forms.length === 0 ? null : v.forms.length === 1 ? (v.forms[0] ?? null) : SEVERAL_FORMS),
  },
  exploitation_country_group: {
    categories: () => CITIZENSHIP_GROUPS,
    value: (v, s) => citizenshipGroupOf(v.countryOfExploitation, s.reportingCountry),
  },
  exploitation_country: { categories: () => COUNTRIES, value: (v) => v.countryOfExploitation },
};

/**
 * The dimensions of the chosen attributes. Their categories never depend on the data (the
 * years are the chosen range, countries the whole ISO list), so which categories exist
 * says nothing about anyone; each ends with "unknown".
 */
export function syntheticDimensions(
  attributes: readonly SyntheticAttribute[],
  scope: SynthesisScope,
): Dimension[] {
  return attributes.map((name) => defineDimension(name, ATTRIBUTES[name].categories(scope)));
}

/**
 * The observations of the years in scope as microdata: one row per person (the person's
 * earliest year in the range), one category index per attribute, missing values unknown.
 */
export function observationMicrodata(
  victims: readonly VictimObservation[],
  attributes: readonly SyntheticAttribute[],
  dimensions: readonly Dimension[],
  scope: SynthesisScope,
): Microdata {
  const indexers = dimensions.map((d) => categoryIndexer(d, { unrecognised: "unknown" }));
  const inScope = victims
    .map((v, order) => ({ v, order }))
    .filter(({ v }) => v.year >= scope.fromYear && v.year <= scope.toYear)
    .sort((a, b) => a.v.year - b.v.year || a.order - b.order)
    .map(({ v }) => v);
  return microdata(inScope, dimensions, {
    person: (v) => v.person,
    values: (v) => attributes.map((name, i) => indexers[i]?.(ATTRIBUTES[name].value(v, scope)) ?? null),
  });
}

/** Cells over every marginal table of up to `k` of these dimensions: what the synthesis counts. */
export function combinationCells(dimensions: readonly Dimension[], k: number): number {
  let total = 0;
  for (const mask of subsetMasks(dimensions.length, k)) {
    if (popcount(mask) === 0) continue;
    let cells = 1;
    dimensions.forEach((d, a) => {
      if (mask & (1 << a)) cells *= d.categories.length;
    });
    total += cells;
  }
  return total;
}

/** Category indices as unsigned 16-bit little-endian integers (no attribute has 65,536 categories). */
export function packRows(rows: Int32Array): Uint8Array {
  const out = new Uint8Array(rows.length * 2);
  const view = new DataView(out.buffer);
  rows.forEach((value, i) => {
    view.setUint16(i * 2, value, true);
  });
  return out;
}

export function unpackRows(bytes: Uint8Array): Int32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rows = new Int32Array(Math.floor(bytes.byteLength / 2));
  for (let i = 0; i < rows.length; i++) rows[i] = view.getUint16(i * 2, true);
  return rows;
}

export interface StoredAttribute {
  readonly name: string;
  readonly categories: readonly string[];
}

/**
 * The synthetic records as CSV: one column per attribute, category codes as values (ISO
 * alpha-2 for countries, "unknown" where not known), written with formula neutralisation.
 */
export function syntheticCsv(attributes: readonly StoredAttribute[], rows: Int32Array): string {
  const m = attributes.length;
  const count = m === 0 ? 0 : Math.floor(rows.length / m);
  const out: string[][] = [];
  for (let i = 0; i < count; i++) {
    const record: string[] = [];
    for (let a = 0; a < m; a++) record.push(attributes[a]?.categories[rows[i * m + a] ?? -1] ?? "");
    out.push(record);
  }
  return csvRows(
    attributes.map((a) => a.name),
    out,
  );
}
