import { csvRows } from "../../files/csv.ts";
import { checkTable, orderedCells, categoryLabel, StatTableError, type StatTable } from "./stat-table.ts";

/** SDMX's observation status for a confidential value. */
const CONFIDENTIAL_FLAG = "c";

/**
 * One row per cell, in category order: for each dimension its code and its label, then
 * `value` and `flag`. A withheld cell has an empty value and the flag "c" (confidential),
 * as in SDMX-CSV, so that the value column stays numeric for whoever reads it.
 */
export function toCsv(table: StatTable): string {
  checkTable(table);
  const header = [...table.dimensions.flatMap((d) => [d.name, `${d.name}_label`]), "value", "flag"];
  const rows = orderedCells(table).map((cell) => [
    ...table.dimensions.flatMap((d, i) => {
      const code = cell.categories[i] ?? "";
      return [code, categoryLabel(d, code)];
    }),
    cell.value,
    cell.value === null ? CONFIDENTIAL_FLAG : "",
  ]);
  return csvRows(header, rows);
}

export interface SdmxCsvOptions {
  /** The dataflow reference, e.g. "ESTAT:CRIM_THB_VCTZ(1.0)" or an own "ARIADNE:THB_VICTIMS(1.0)". */
  readonly dataflow: string;
  /** ISO 3166-1 alpha-2; written with Eurostat's codes (Greece EL, United Kingdom UK). */
  readonly reportingCountry: string;
  /** The reference period ("2024"). Leave out when the table has a dimension named "year". */
  readonly timePeriod?: string;
  /** SDMX frequency code; annual by default. */
  readonly freq?: string;
}

const ISO_TO_EUROSTAT: Readonly<Record<string, string>> = { GR: "EL", GB: "UK" };
const RESERVED = new Set(["DATAFLOW", "freq", "geo", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG"]);

/**
 * SDMX-CSV 1.0: DATAFLOW, then the dimensions (freq, the table's own, geo), TIME_PERIOD,
 * OBS_VALUE and the attribute OBS_FLAG. A withheld value has an empty OBS_VALUE and
 * OBS_FLAG "c". A dimension named "year" becomes TIME_PERIOD.
 */
export function toSdmxCsv(table: StatTable, options: SdmxCsvOptions): string {
  checkTable(table);
  const yearAt = table.dimensions.findIndex((d) => d.name === "year");
  if (yearAt >= 0 && options.timePeriod !== undefined) {
    throw new StatTableError(`Table "${table.id}" has a year dimension; give no timePeriod.`);
  }
  if (yearAt < 0 && options.timePeriod === undefined) {
    throw new StatTableError(`Table "${table.id}" has no year dimension; give a timePeriod.`);
  }
  for (const d of table.dimensions) {
    if (RESERVED.has(d.name))
      throw new StatTableError(`Table "${table.id}": a dimension may not be named ${d.name}.`);
  }
  const own = table.dimensions.map((d, i) => ({ d, i })).filter(({ i }) => i !== yearAt);
  const geo = ISO_TO_EUROSTAT[options.reportingCountry] ?? options.reportingCountry;
  const header = [
    "DATAFLOW",
    "freq",
    ...own.map(({ d }) => d.name),
    "geo",
    "TIME_PERIOD",
    "OBS_VALUE",
    "OBS_FLAG",
  ];
  const rows = orderedCells(table).map((cell) => [
    options.dataflow,
    options.freq ?? "A",
    ...own.map(({ i }) => cell.categories[i] ?? ""),
    geo,
    yearAt >= 0 ? (cell.categories[yearAt] ?? "") : options.timePeriod,
    cell.value,
    cell.value === null ? CONFIDENTIAL_FLAG : "",
  ]);
  return csvRows(header, rows);
}
