import type { AgeBand, AgeGroup, StatForm } from "@ariadne/domain";
import { countryByAlpha2 } from "./country-table.ts";
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
 * Eurostat's SDMX-CSV 1.0 download of the trafficking tables (crim_thb_*): one observation
 * per row, dimensions as Eurostat codes. The breakdown columns (sex, age, citizen,
 * leg_stat) are optional because each table has only some of them; a table without one
 * gives its total.
 */
export const EUROSTAT_SPEC: ColumnSpec = {
  format: "eurostat",
  required: ["DATAFLOW", "freq", "unit", "geo", "TIME_PERIOD", "OBS_VALUE"],
  optional: ["LAST UPDATE", "sex", "age", "citizen", "leg_stat", "OBS_FLAG", "CONF_STATUS"],
};

/**
 * "ESTAT:CRIM_THB_VCTZ(1.0)" → "crim_thb_vctz" → what it counts. Victim tables are
 * crim_thb_v… (vict, vage, vexp, vctz) and crim_thb_sex; the trafficker tables are told
 * by "susp", "pros" and "conv" in their code.
 */
export function dataflowOf(value: string): { id: string; indicator: AggregateIndicator | undefined } {
  const id = value
    .replace(/^[^:]*:/, "")
    .replace(/\(.*\)$/, "")
    .trim()
    .toLowerCase();
  let indicator: AggregateIndicator | undefined;
  if (id.startsWith("crim_thb_v") || id === "crim_thb_sex") indicator = "victims";
  else if (id.startsWith("crim_thb_") && id.includes("susp")) indicator = "suspected";
  else if (id.startsWith("crim_thb_") && id.includes("pros")) indicator = "prosecuted";
  else if (id.startsWith("crim_thb_") && id.includes("conv")) indicator = "convicted";
  return { id, indicator };
}

const UNITS: Readonly<Record<string, AggregateCell["unit"]>> = {
  NR: "persons",
  P_HTHAB: "per_100k_inhabitants",
};

const SEXES: Readonly<Record<string, AggregateCell["sex"]>> = {
  F: "female",
  M: "male",
  T: "total",
  UNK: "unknown",
};

const AGES: Readonly<Record<string, { group: AgeGroup | "total" | "unknown"; band?: AgeBand }>> = {
  TOTAL: { group: "total" },
  UNK: { group: "unknown" },
  Y_LT18: { group: "child" },
  Y_GE18: { group: "adult" },
  Y_LT12: { group: "child", band: "0-11" },
  "Y12-17": { group: "child", band: "12-17" },
  "Y18-24": { group: "adult", band: "18-24" },
  "Y25-34": { group: "adult", band: "25-34" },
  "Y35-44": { group: "adult", band: "35-44" },
  "Y45-54": { group: "adult", band: "45-54" },
  "Y55-64": { group: "adult", band: "55-64" },
  Y_GE65: { group: "adult", band: "65+" },
};

const FORMS: Readonly<Record<string, StatForm | "total" | "unknown">> = {
  TOTAL: "total",
  SEX_EXP: "sexual",
  LAB_EXP: "labour",
  OTH: "other",
  UNK: "unknown",
};

const CITIZEN_GROUPS: Readonly<Record<string, AggregateCitizenship>> = {
  TOTAL: { kind: "total" },
  UNK: { kind: "unknown" },
  NAT: { kind: "group", group: "reporting" },
  EU27_2020_FOR: { kind: "group", group: "other_eu" },
  NEU27_2020_FOR: { kind: "group", group: "non_eu" },
  FOR: { kind: "group", group: "foreign" },
  STLS: { kind: "group", group: "stateless" },
};

/** Eurostat writes Greece as EL and the United Kingdom as UK; ISO says GR and GB. */
const EUROSTAT_COUNTRY: Readonly<Record<string, string>> = { EL: "GR", UK: "GB" };

/** EU27_2020, EU28, EA19, EFTA…: areas that are not a country. */
const AGGREGATE_AREA = /^(EU|EA|EEA|EFTA)(\d|_|$)/;

export function importEurostat(
  text: string,
  log: ImportLog,
): { cells: AggregateCell[]; rowsRead: number } | { refused: ImportError[] } {
  const table = readSourceTable(text, EUROSTAT_SPEC, log);
  if (!table.ok) return { refused: table.errors };
  const cells: AggregateCell[] = [];
  for (const row of table.rows) {
    const cell = mapRow(row, table.columns, log);
    if (cell) cells.push(cell);
  }
  return { cells, rowsRead: table.rows.length };
}

function mapRow(row: SourceRow, columns: ReadonlySet<string>, log: ImportLog): AggregateCell | undefined {
  const fail = (column: string, message: string): undefined => {
    log.error(row.row, column, message);
    return undefined;
  };
  const dataflow = dataflowOf(row.get("DATAFLOW"));
  if (dataflow.indicator === undefined) {
    return fail(
      "DATAFLOW",
      `"${row.get("DATAFLOW")}" is not a trafficking table (crim_thb_…) this importer knows.`,
    );
  }
  const year = parseYear(row.get("TIME_PERIOD"));
  if (year === undefined) return fail("TIME_PERIOD", `"${row.get("TIME_PERIOD")}" is not a year.`);
  const unit = UNITS[row.get("unit")];
  if (unit === undefined) return fail("unit", `Unknown unit "${row.get("unit")}" (NR or P_HTHAB).`);
  const value = valueOf(row.get("OBS_VALUE"), row.get("OBS_FLAG"), row.get("CONF_STATUS"), unit);
  if (typeof value === "string") return fail("OBS_VALUE", value);

  if (row.get("freq") !== "A") log.unknown("freq", row.get("freq"));
  const age = columns.has("age")
    ? code(AGES, row.get("age"), "age", log, { group: "unknown" })
    : { group: "total" as const };
  const flags = row.get("OBS_FLAG").replace(/[:\s]/g, "");
  const area = row.get("geo");
  return {
    source: `eurostat:${dataflow.id}`,
    indicator: dataflow.indicator,
    year,
    area,
    country: countryOf(area, log),
    sex: columns.has("sex") ? code(SEXES, row.get("sex"), "sex", log, "unknown") : "total",
    ageGroup: age.group,
    ...(age.band === undefined ? {} : { ageBand: age.band }),
    form: columns.has("leg_stat") ? code(FORMS, row.get("leg_stat"), "leg_stat", log, "unknown") : "total",
    citizenship: columns.has("citizen") ? citizenshipOf(row.get("citizen"), log) : { kind: "total" },
    unit,
    value,
    ...(flags === "" ? {} : { flags }),
    row: row.row,
  };
}

function code<T>(
  table: Readonly<Record<string, T>>,
  value: string,
  column: string,
  log: ImportLog,
  unknown: T,
): T {
  const found = table[value];
  if (found === undefined) log.unknown(column, value);
  return found ?? unknown;
}

function countryOf(geo: string, log: ImportLog): string | null {
  if (AGGREGATE_AREA.test(geo)) return null;
  const iso = EUROSTAT_COUNTRY[geo] ?? geo;
  const country = countryByAlpha2(iso);
  if (country === undefined || iso.length !== 2) {
    log.unknown("geo", geo);
    return null;
  }
  return country.alpha2;
}

function citizenshipOf(value: string, log: ImportLog): AggregateCitizenship {
  const group = CITIZEN_GROUPS[value];
  if (group !== undefined) return group;
  const iso = EUROSTAT_COUNTRY[value] ?? value;
  const country = iso.length === 2 ? countryByAlpha2(iso) : undefined;
  if (country !== undefined) return { kind: "country", country: country.alpha2 };
  log.unknown("citizen", value);
  return { kind: "unknown" };
}

/**
 * OBS_VALUE with its flag. Eurostat writes a value it does not give as ":" or leaves it
 * empty; the flag "c" (or CONF_STATUS C, D or N) says it is confidential. Either way the
 * cell is missing, never 0. Other flags (p, e, b, u, d …) are kept next to the value.
 */
function valueOf(
  text: string,
  flag: string,
  confStatus: string,
  unit: AggregateCell["unit"],
): AggregateValue | string {
  const confidential = flag.includes("c") || ["C", "D", "N"].includes(confStatus);
  if (text === "" || text === ":") return { missing: confidential ? "confidential" : "not_available" };
  if (confidential) return { missing: "confidential" };
  const pattern = unit === "persons" ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(text)) return `"${text}" is not a ${unit === "persons" ? "count" : "rate"}.`;
  return { exact: Number(text) };
}
