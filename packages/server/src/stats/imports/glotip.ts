import type { AgeGroup, StatForm } from "@ariadne/domain";
import { alpha2FromAlpha3, alpha2FromName } from "./country-table.ts";
import {
  parseYear,
  readSourceTable,
  type ColumnSpec,
  type ImportLog,
  type SourceRow,
} from "./source-table.ts";
import type {
  AggregateCell,
  AggregateCitizenship,
  AggregateIndicator,
  AggregateValue,
  ImportError,
} from "./types.ts";

/**
 * UNODC's Global Report on Trafficking in Persons data (GLOTIP), as the UNODC data portal
 * exports it: long format, one published number per row.
 */
export const GLOTIP_SPEC: ColumnSpec = {
  format: "glotip",
  required: ["Country", "Indicator", "Dimension", "Category", "Sex", "Age", "Year", "Unit of measurement"],
  optional: ["Iso3_code", "Region", "Subregion", "Source", "txtVALUE", "VALUE"],
  oneOf: [["txtVALUE", "VALUE"]],
};

export const GLOTIP_SOURCE = "unodc:glotip";

/** Lower case, single spaces: how every GLOTIP label is compared. */
const key = (value: string): string => value.toLowerCase().replace(/\s+/g, " ").trim();

function indicatorOf(value: string): AggregateIndicator | undefined {
  const k = key(value);
  if (
    [
      "detected trafficking victims",
      "detected victims",
      "detected victims of trafficking",
      "victims",
    ].includes(k)
  ) {
    return "victims";
  }
  if (k.startsWith("persons brought into formal contact") || ["persons suspected", "suspected"].includes(k)) {
    return "suspected";
  }
  if (["persons prosecuted", "prosecuted"].includes(k)) return "prosecuted";
  if (["persons convicted", "convicted"].includes(k)) return "convicted";
  return undefined;
}

type Breakdown = "none" | "form" | "citizenship";

const DIMENSIONS: Readonly<Record<string, Breakdown>> = {
  total: "none",
  "by sex": "none",
  "by age": "none",
  "by sex and age": "none",
  "by age and sex": "none",
  "by form of exploitation": "form",
  "by exploitation": "form",
  "form of exploitation": "form",
  "by citizenship": "citizenship",
  citizenship: "citizenship",
};

const FORMS: Readonly<Record<string, StatForm | "total" | "unknown">> = {
  total: "total",
  unknown: "unknown",
  "sexual exploitation": "sexual",
  "forced labour": "labour",
  "forced labor": "labour",
  "labour exploitation": "labour",
  "other forms of exploitation": "other",
  "other purposes": "other",
  other: "other",
  "organ removal": "organ_removal",
  "removal of organs": "organ_removal",
  "forced criminal activity": "criminal_activities",
  "forced criminal activities": "criminal_activities",
  "criminal activity": "criminal_activities",
  "exploitation in criminal activities": "criminal_activities",
  begging: "begging",
  "forced begging": "begging",
  "forced marriage": "forced_marriage",
  "illegal adoption": "illegal_adoption",
};

const SEXES: Readonly<Record<string, AggregateCell["sex"]>> = {
  total: "total",
  female: "female",
  male: "male",
  unknown: "unknown",
};

const AGES: Readonly<Record<string, AgeGroup | "total" | "unknown">> = {
  total: "total",
  adult: "adult",
  adults: "adult",
  "18 years or over": "adult",
  "18+": "adult",
  minor: "child",
  minors: "child",
  child: "child",
  children: "child",
  "below 18 years": "child",
  "under 18": "child",
  unknown: "unknown",
};

const UNITS: Readonly<Record<string, AggregateCell["unit"]>> = {
  counts: "persons",
  count: "persons",
  number: "persons",
  persons: "persons",
  "rate per 100,000 population": "per_100k_inhabitants",
  "rate per 100 000 population": "per_100k_inhabitants",
  "per 100,000 population": "per_100k_inhabitants",
};

/** Written where GLOTIP has no number. */
const NOT_AVAILABLE = new Set(["", "..", "…", "-", "na", "n/a", "n.a."]);

export function importGlotip(
  text: string,
  log: ImportLog,
): { cells: AggregateCell[]; rowsRead: number } | { refused: ImportError[] } {
  const table = readSourceTable(text, GLOTIP_SPEC, log);
  if (!table.ok) return { refused: table.errors };
  const valueColumn = table.columns.has("txtVALUE") ? "txtVALUE" : "VALUE";
  const cells: AggregateCell[] = [];
  for (const row of table.rows) {
    const cell = mapRow(row, valueColumn, table.columns.has("Iso3_code"), log);
    if (cell) cells.push(cell);
  }
  return { cells, rowsRead: table.rows.length };
}

function mapRow(
  row: SourceRow,
  valueColumn: string,
  hasIso3: boolean,
  log: ImportLog,
): AggregateCell | undefined {
  const fail = (column: string, message: string): undefined => {
    log.error(row.row, column, message);
    return undefined;
  };
  const indicator = indicatorOf(row.get("Indicator"));
  if (indicator === undefined) return fail("Indicator", `Unknown indicator "${row.get("Indicator")}".`);
  const year = parseYear(row.get("Year"));
  if (year === undefined) return fail("Year", `"${row.get("Year")}" is not a year.`);
  const unit = UNITS[key(row.get("Unit of measurement"))];
  if (unit === undefined)
    return fail("Unit of measurement", `Unknown unit "${row.get("Unit of measurement")}".`);
  const breakdown = DIMENSIONS[key(row.get("Dimension"))];
  if (breakdown === undefined) {
    return fail("Dimension", `Unknown dimension "${row.get("Dimension")}": its categories cannot be placed.`);
  }
  const category = row.get("Category");
  if (breakdown === "none" && key(category) !== "total") {
    return fail(
      "Category",
      `Category "${category}" under dimension "${row.get("Dimension")}", which has only Total.`,
    );
  }
  const value = valueOf(row.get(valueColumn), unit);
  if (typeof value === "string") return fail(valueColumn, value);

  const area = row.get("Country");
  const note = row.get("Source");
  return {
    source: GLOTIP_SOURCE,
    ...(note === "" ? {} : { sourceNote: note }),
    indicator,
    year,
    area,
    country: countryOf(area, hasIso3 ? row.get("Iso3_code") : "", log),
    sex: lookup(SEXES, row.get("Sex"), "Sex", log),
    ageGroup: lookup(AGES, row.get("Age"), "Age", log),
    form: breakdown === "form" ? lookup(FORMS, category, "Category", log) : "total",
    citizenship: breakdown === "citizenship" ? citizenshipOf(category, log) : { kind: "total" },
    unit,
    value,
    row: row.row,
  };
}

function lookup<T extends string>(
  table: Readonly<Record<string, T>>,
  value: string,
  column: string,
  log: ImportLog,
): T | "unknown" {
  const found = table[key(value)];
  if (found === undefined) log.unknown(column, value);
  return found ?? "unknown";
}

/** The ISO code when the file has one, else the English name; an unknown name is reported. */
function countryOf(name: string, iso3: string, log: ImportLog): string | null {
  const byCode = iso3 === "" ? undefined : alpha2FromAlpha3(iso3);
  if (byCode !== undefined) return byCode;
  if (iso3 !== "") log.unknown("Iso3_code", iso3);
  const byName = alpha2FromName(name);
  if (byName === undefined) log.unknown("Country", name);
  return byName ?? null;
}

function citizenshipOf(category: string, log: ImportLog): AggregateCitizenship {
  const k = key(category);
  if (k === "total") return { kind: "total" };
  if (k === "unknown") return { kind: "unknown" };
  if (["nationals", "citizens of the country", "own nationals"].includes(k))
    return { kind: "group", group: "reporting" };
  if (["foreigners", "foreign citizens", "non-nationals", "foreign"].includes(k))
    return { kind: "group", group: "foreign" };
  const country = alpha2FromName(category);
  if (country !== undefined) return { kind: "country", country };
  log.unknown("Category", category);
  return { kind: "unknown" };
}

/**
 * A number, or "<n": GLOTIP publishes small counts as "<5" (or "<3") and writes a true zero
 * as 0, so "<n" is the range 1 … n − 1 and never includes 0. Returns a message when the
 * text is not a value.
 */
function valueOf(text: string, unit: AggregateCell["unit"]): AggregateValue | string {
  const t = text.replace(/\s+/g, "");
  if (NOT_AVAILABLE.has(t.toLowerCase())) return { missing: "not_available" };
  const below = /^<(\d+)$/.exec(t);
  if (below?.[1] !== undefined) {
    const bound = Number(below[1]);
    if (bound < 2) return `"${text}" leaves no count above zero.`;
    return { range: [1, bound - 1] };
  }
  const pattern = unit === "persons" ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(t)) return `"${text}" is not a ${unit === "persons" ? "count" : "rate"}.`;
  return { exact: Number(t) };
}
