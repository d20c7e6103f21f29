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
  TRAFFICKER_STAGES,
  type TraffickerObservation,
  type VictimObservation,
} from "@ariadne/domain";
import {
  aggregate,
  applyNoise,
  applyThresholded,
  categoryIndexer,
  clampedCounts,
  defineDimension,
  planGeometric,
  planThresholded,
  publishAll,
  rationals,
  suppressSmallCells,
  type CountTable,
  type PublishedTable,
  type RandomSource,
  type ReleaseRecord,
  type TableSpec,
} from "@ariadne/privacy";
import { ISO_3166_ALPHA2 } from "../htcds-exchange/country-codes.ts";
import { countryName } from "./imports/index.ts";
import type { StatTable } from "./stats-schema.ts";

export type { StatTable };

/**
 * The tables Ariadne publishes, Eurostat-style, for one year, and how each is protected.
 * A table here is one- or two-way; country tables use the full ISO list as their domain, so
 * that which countries appear is itself protected (by suppression, or by DP selection).
 */
const DIMENSION_LABELS: Readonly<Record<string, string>> = {
  sex: "Sex",
  age_group: "Age",
  age_band: "Age band",
  citizenship_group: "Citizenship",
  exploitation_country_group: "Country of exploitation",
  form: "Form of exploitation",
  status: "Status",
  citizenship: "Country of citizenship",
  exploitation_country: "Country of exploitation",
  stage: "Stage",
};

const LABELS: Readonly<Record<string, string>> = {
  female: "Female",
  male: "Male",
  child: "Child (under 18)",
  adult: "Adult",
  reporting: "Reporting country",
  other_eu: "Other EU Member State",
  non_eu: "Non-EU country",
  sexual: "Sexual exploitation",
  labour: "Labour exploitation",
  criminal_activities: "Forced criminal activities",
  begging: "Forced begging",
  organ_removal: "Removal of organs",
  forced_marriage: "Forced marriage",
  illegal_adoption: "Illegal adoption",
  surrogacy: "Exploitation of surrogacy",
  other: "Other forms",
  identified: "Identified",
  presumed: "Presumed",
  suspected: "Suspected",
  prosecuted: "Prosecuted",
  convicted: "Convicted",
  unknown: "Unknown",
};

/** English labels for reports; the web app translates the codes itself. */
function categoryLabel(dimension: string, code: string): string {
  if (dimension === "citizenship" || dimension === "exploitation_country")
    return code === "unknown" ? "Unknown" : countryName(code);
  return LABELS[code] ?? code;
}

export type Protection =
  | { method: "exact" }
  | { method: "suppression"; threshold: number }
  | {
      method: "dp-geometric";
      /** ε of each table, by table id (see `splitEpsilon`). */
      epsilonByTable: Readonly<Record<string, string>>;
      delta: string;
      threshold: number;
    };

/**
 * How a DP release shares its ε among its tables: table id → weight (1 when not listed).
 *
 * The two country tables feed the maps and are published by DP selection: a country is
 * listed only when its noisy count passes τ ≈ ln(1/δ)/ε_table, which with an even split
 * (ε/13 each) is about 180 at ε = 1, so a small dataset shows an empty map. Weight 4 gives
 * each of them 4/19 of ε (8/19 together): τ falls to about 67 at ε = 1, while the noise
 * scale of each of the eleven other tables grows only from 13/ε to 19/ε.
 */
export const DP_TABLE_WEIGHTS: Readonly<Record<string, number>> = {
  "victims.citizenship": 4,
  "victims.exploitation_country": 4,
};

/**
 * Splits a release's total ε over its tables by `DP_TABLE_WEIGHTS`, exactly: table i gets
 * ε · wᵢ / Σw as a rational, so the shares sum to ε with nothing lost to rounding and the
 * ledger charges exactly the total. Deterministic: it depends on the table ids only.
 */
export function splitEpsilon(
  total: rationals.Rational,
  tableIds: readonly string[],
): { id: string; weight: number; epsilon: rationals.Rational }[] {
  const weights = tableIds.map((id) => DP_TABLE_WEIGHTS[id] ?? 1);
  const sum = BigInt(weights.reduce((s, w) => s + w, 0));
  if (sum === 0n) return [];
  return tableIds.map((id, i) => {
    const weight = weights[i] ?? 1;
    return { id, weight, epsilon: rationals.mul(total, rationals.rational(BigInt(weight), sum)) };
  });
}

const COUNTRIES = [...ISO_3166_ALPHA2].sort();
const dim = {
  sex: defineDimension("sex", SEXES),
  ageGroup: defineDimension("age_group", AGE_GROUPS),
  ageBand: defineDimension("age_band", AGE_BANDS),
  citizenshipGroup: defineDimension("citizenship_group", CITIZENSHIP_GROUPS),
  exploitationGroup: defineDimension("exploitation_country_group", CITIZENSHIP_GROUPS),
  form: defineDimension("form", STAT_FORMS),
  status: defineDimension("status", REGISTRATION_STATUSES),
  citizenship: defineDimension("citizenship", COUNTRIES),
  exploitation: defineDimension("exploitation_country", COUNTRIES),
  stage: defineDimension("stage", TRAFFICKER_STAGES),
};
const index = Object.fromEntries(Object.entries(dim).map(([k, d]) => [k, categoryIndexer(d)])) as Record<
  keyof typeof dim,
  (label: string) => number
>;
const at = (key: keyof typeof dim, value: string | null) => (value === null ? null : index[key](value));

interface TableDef<R> {
  readonly id: string;
  readonly title: string;
  readonly spec: TableSpec<R>;
  /** Country tables: sparse, published by DP selection rather than noise on every cell. */
  readonly sparse?: true;
}

/** Victim tables for one year. C = 2 where a person can fall in two cells (forms). */
function victimTables(reporting: string): { bound: number; defs: TableDef<VictimObservation>[] }[] {
  const one = (
    id: string,
    title: string,
    key: keyof typeof dim,
    value: (v: VictimObservation) => string | null,
  ) => ({
    id,
    title,
    spec: { id, dimensions: [{ dimension: dim[key], value: (v: VictimObservation) => at(key, value(v)) }] },
  });
  const sexOf = (v: VictimObservation) => at("sex", v.sex);
  const formsOf = (v: VictimObservation) => v.forms.map((f) => index.form(f));
  return [
    {
      bound: 1,
      defs: [
        one("victims.status", "Registered victims by status", "status", (v) => v.status),
        one("victims.sex", "Registered victims by sex", "sex", (v) => v.sex),
        one("victims.age_group", "Registered victims by age (child, adult)", "ageGroup", (v) =>
          ageGroupOf(v.age),
        ),
        one("victims.age_band", "Registered victims by age band", "ageBand", (v) =>
          v.ageBand !== undefined ? v.ageBand : ageBandOf(v.age),
        ),
        one("victims.citizenship_group", "Registered victims by citizenship", "citizenshipGroup", (v) =>
          citizenshipGroupOf(v.citizenship, reporting),
        ),
        {
          id: "victims.sex_by_age",
          title: "Registered victims by sex and age",
          spec: {
            id: "victims.sex_by_age",
            dimensions: [
              { dimension: dim.sex, value: sexOf },
              { dimension: dim.ageGroup, value: (v) => at("ageGroup", ageGroupOf(v.age)) },
            ],
          },
        },
        {
          id: "victims.flows",
          title: "Registered victims by citizenship and country of exploitation",
          spec: {
            id: "victims.flows",
            dimensions: [
              {
                dimension: dim.citizenshipGroup,
                value: (v) => at("citizenshipGroup", citizenshipGroupOf(v.citizenship, reporting)),
              },
              {
                dimension: dim.exploitationGroup,
                value: (v) => at("exploitationGroup", citizenshipGroupOf(v.countryOfExploitation, reporting)),
              },
            ],
          },
        },
        {
          ...one(
            "victims.citizenship",
            "Registered victims by country of citizenship",
            "citizenship",
            (v) => v.citizenship,
          ),
          sparse: true,
        },
        {
          ...one(
            "victims.exploitation_country",
            "Registered victims by country of exploitation",
            "exploitation",
            (v) => v.countryOfExploitation,
          ),
          sparse: true,
        },
      ],
    },
    {
      bound: 2,
      defs: [
        {
          id: "victims.form",
          title: "Registered victims by form of exploitation (a person can count under two forms)",
          spec: { id: "victims.form", dimensions: [{ dimension: dim.form, value: formsOf }] },
        },
        {
          id: "victims.sex_by_form",
          title: "Registered victims by sex and form of exploitation",
          spec: {
            id: "victims.sex_by_form",
            dimensions: [
              { dimension: dim.sex, value: sexOf },
              { dimension: dim.form, value: formsOf },
            ],
          },
        },
      ],
    },
  ];
}

const TRAFFICKER_TABLES: TableDef<TraffickerObservation>[] = [
  {
    id: "traffickers.stage",
    title: "Suspected, prosecuted and convicted traffickers",
    spec: {
      id: "traffickers.stage",
      dimensions: [{ dimension: dim.stage, value: (t) => index.stage(t.stage) }],
    },
  },
  {
    id: "traffickers.stage_by_sex",
    title: "Suspected, prosecuted and convicted traffickers by sex",
    spec: {
      id: "traffickers.stage_by_sex",
      dimensions: [
        { dimension: dim.stage, value: (t) => index.stage(t.stage) },
        { dimension: dim.sex, value: (t) => at("sex", t.sex) },
      ],
    },
  },
];

export const TABLE_IDS = [
  ...victimTables("XX").flatMap((g) => g.defs.map((d) => d.id)),
  ...TRAFFICKER_TABLES.map((d) => d.id),
];

export interface BuiltTable {
  readonly def: { id: string; title: string; sparse?: true };
  readonly table: CountTable;
}

/** Exact count tables of one year, each person bounded to C cells per table. */
export function buildTables(
  victims: readonly VictimObservation[],
  traffickers: readonly TraffickerObservation[],
  year: number,
  reportingCountry: string,
): BuiltTable[] {
  const ofYear = victims.filter((v) => v.year === year);
  const out: BuiltTable[] = [];
  for (const group of victimTables(reportingCountry)) {
    const { tables } = aggregate(
      ofYear,
      group.defs.map((d) => d.spec),
      {
        person: (v) => v.person,
        contributionBound: group.bound,
      },
    );
    group.defs.forEach((def, i) => {
      const table = tables[i];
      if (table) out.push({ def, table });
    });
  }
  // A trafficker is in at most the three stages in a year.
  const { tables } = aggregate(
    traffickers.filter((t) => t.year === year),
    TRAFFICKER_TABLES.map((d) => d.spec),
    { person: (t) => t.person, contributionBound: 3 },
  );
  TRAFFICKER_TABLES.forEach((def, i) => {
    const table = tables[i];
    if (table) out.push({ def, table });
  });
  return out;
}

/** Registered victims per year (all years): the trend line. Exact; for internal use. */
export function victimsByYear(victims: readonly VictimObservation[]): { year: number; count: number }[] {
  const counts = new Map<number, Set<string>>();
  for (const v of victims) counts.set(v.year, (counts.get(v.year) ?? new Set()).add(v.person));
  return [...counts].map(([year, people]) => ({ year, count: people.size })).sort((a, b) => a.year - b.year);
}

function fromPublished(
  def: BuiltTable["def"],
  published: PublishedTable,
  protection: StatTable["protection"],
  year: number,
): StatTable {
  const dims = published.dimensions;
  const cells: { categories: string[]; value: number | null }[] = [];
  const shape = dims.map((d) => d.categories.length);
  published.cells.forEach((value, i) => {
    const categories: string[] = [];
    let rest = i;
    for (let k = dims.length - 1; k >= 0; k--) {
      const size = shape[k] ?? 1;
      categories.unshift(dims[k]?.categories[rest % size] ?? "?");
      rest = Math.floor(rest / size);
    }
    cells.push({ categories, value });
  });
  if (dims.length === 2) {
    published.margins[0]?.forEach((value, i) =>
      cells.push({ categories: [dims[0]?.categories[i] ?? "?", "TOTAL"], value }),
    );
    published.margins[1]?.forEach((value, i) =>
      cells.push({ categories: ["TOTAL", dims[1]?.categories[i] ?? "?"], value }),
    );
    cells.push({ categories: ["TOTAL", "TOTAL"], value: published.total });
  } else cells.push({ categories: ["TOTAL"], value: published.total });
  return {
    id: def.id,
    title: def.title,
    dimensions: dims.map((d) => ({
      name: d.name,
      label: DIMENSION_LABELS[d.name] ?? d.name,
      categories: [
        ...d.categories.map((c) => ({ code: c, label: categoryLabel(d.name, c) })),
        { code: "TOTAL", label: "Total" },
      ],
    })),
    cells,
    protection,
    unit: "persons",
    year,
  };
}

/**
 * Applies a protection to built tables. Suppression: primary and complementary, so no
 * withheld value can be recovered from the margins. DP: geometric noise on every cell of the
 * dense tables (then values below the threshold withheld, without secondary suppression, as
 * DP output needs none) and DP selection on the country tables. Returns the ledger releases
 * to charge first.
 */
export function protect(
  built: readonly BuiltTable[],
  protection: Protection,
  options: { year: number; releaseId: string; at: string; random: RandomSource },
): { tables: StatTable[]; releases: ReleaseRecord[] } {
  const tables: StatTable[] = [];
  const releases: ReleaseRecord[] = [];
  for (const { def, table } of built) {
    switch (protection.method) {
      case "exact":
        tables.push(
          fromPublished(
            def,
            publishAll(table),
            { method: "exact", note: "Exact counts, for internal use only." },
            options.year,
          ),
        );
        break;
      case "suppression": {
        const { published } = suppressSmallCells(table, { threshold: protection.threshold });
        tables.push(
          fromPublished(
            def,
            published,
            {
              method: "suppression",
              threshold: protection.threshold,
              note: `Counts below ${protection.threshold} withheld (:), with complementary cells so none can be derived from the totals.`,
            },
            options.year,
          ),
        );
        break;
      }
      case "dp-geometric": {
        const id = `${options.releaseId}/${def.id}`;
        const epsilon = protection.epsilonByTable[def.id];
        if (epsilon === undefined) throw new Error(`no ε share for table ${def.id}`);
        if (def.sparse) {
          const release = planThresholded(table, {
            id,
            at: options.at,
            epsilon,
            delta: protection.delta,
          });
          releases.push(release);
          const selected = applyThresholded(table, release, options.random);
          tables.push({
            id: def.id,
            title: def.title,
            dimensions: [
              {
                name: table.dimensions[0]?.name ?? "",
                label: DIMENSION_LABELS[table.dimensions[0]?.name ?? ""] ?? "",
                categories: selected.cells.map((c) => ({
                  code: c.categories[0] ?? "",
                  label: categoryLabel(table.dimensions[0]?.name ?? "", c.categories[0] ?? ""),
                })),
              },
            ],
            cells: selected.cells.map((c) => ({ categories: [...c.categories], value: c.value })),
            protection: {
              method: "dp-geometric",
              epsilon,
              delta: protection.delta,
              note: `Differentially private selection: only countries whose noisy count exceeds ${release.threshold} are listed; noise scale ${release.sensitivity.l1}/ε.`,
            },
            unit: "persons",
            year: options.year,
          });
        } else {
          const release = planGeometric(table, { id, at: options.at, epsilon });
          releases.push(release);
          const noisy = clampedCounts(applyNoise(table, release, options.random));
          const published = publishAll(noisy);
          const withheld = (v: number | null) => (v !== null && v < protection.threshold ? null : v);
          tables.push(
            fromPublished(
              def,
              {
                ...published,
                cells: published.cells.map(withheld),
                margins: published.margins.map((m) => m.map(withheld)),
                total: withheld(published.total),
              },
              {
                method: "dp-geometric",
                epsilon,
                threshold: protection.threshold,
                note: `Two-sided geometric noise (ε = ${epsilon} for this table, sampled exactly); noisy values below ${protection.threshold} withheld for reliability.`,
              },
              options.year,
            ),
          );
        }
        break;
      }
    }
  }
  return { tables, releases };
}
