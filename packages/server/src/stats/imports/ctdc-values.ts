import { STAT_FORMS, type AgeBand, type Sex, type StatForm } from "@ariadne/domain";
import { readSourceTable, type ColumnSpec, type ImportLog, type SourceRow } from "./source-table.ts";
import type { ImportError, ImportedVictim } from "./types.ts";

/**
 * The vocabulary both CTDC formats share. Unknown is written "-99", left empty, or spelt
 * out ("Unknown"); all three read as unknown without being reported.
 */
const UNKNOWN_MARKERS = new Set(["", "-99", "unknown", "na", "nan", "n/a"]);

export function isUnknownMarker(value: string): boolean {
  return UNKNOWN_MARKERS.has(value.toLowerCase());
}

export interface CtdcAge {
  /** A representative age inside the band (its middle, rounded down; an open band's lower bound). */
  readonly age: number;
  /** The Eurostat band holding the whole CTDC band, or null when the CTDC band straddles two. */
  readonly band: AgeBand | null;
}

/**
 * CTDC's `ageBroad` (age at registration). No CTDC band crosses 18, so each gives child or
 * adult; only 0–8, 18–20, 21–23 and 27–29 lie inside one Eurostat band.
 */
const AGE_BANDS: Readonly<Record<string, CtdcAge>> = {
  "0--8": { age: 4, band: "0-11" },
  "9--17": { age: 13, band: null }, // straddles 0-11 | 12-17
  "09--17": { age: 13, band: null }, // the synthetic data's spelling
  "18--20": { age: 19, band: "18-24" },
  "21--23": { age: 22, band: "18-24" },
  "24--26": { age: 25, band: null }, // straddles 18-24 | 25-34
  "27--29": { age: 28, band: "25-34" },
  "30--38": { age: 34, band: null }, // straddles 25-34 | 35-44
  "39--47": { age: 43, band: null }, // straddles 35-44 | 45-54
  "48+": { age: 48, band: null }, // straddles 45-54 | 55-64 | 65+
};

export function ctdcAge(value: string, column: string, log: ImportLog): CtdcAge | null {
  if (isUnknownMarker(value)) return null;
  const age = AGE_BANDS[value];
  if (age === undefined) log.unknown(column, value);
  return age ?? null;
}

/** `majorityStatus` (2017 data): used only when `ageBroad` is unknown. */
export function ctdcMajority(value: string, column: string, log: ImportLog): CtdcAge | null {
  if (isUnknownMarker(value)) return null;
  if (value === "Minor") return { age: 8, band: null };
  if (value === "Adult") return { age: 18, band: null };
  log.unknown(column, value);
  return null;
}

/**
 * Gender → sex as Eurostat counts it. Transgender and non-conforming people are not forced
 * into two boxes (as the domain's `sexFromHtcds`): their sex is unknown, and not reported
 * as an unknown code because the value itself is known.
 */
const SEXES: Readonly<Record<string, Sex | null>> = {
  Female: "female",
  Male: "male",
  Woman: "female",
  Man: "male",
  Transgender: null,
  "Trans/Transgender/NonConforming": null,
};

export function ctdcSex(value: string, column: string, log: ImportLog): Sex | null {
  if (isUnknownMarker(value)) return null;
  const sex = SEXES[value];
  if (sex === undefined) {
    log.unknown(column, value);
    return null;
  }
  return sex;
}

/**
 * A 0/1 column. Yes: "1" (also "1.0", "true", as pandas and spreadsheets write it);
 * no: "0"; unknown: "-99" or empty. Anything else is reported and read as unknown.
 */
export function ctdcFlag(value: string, column: string, log: ImportLog): boolean | null {
  const v = value.toLowerCase();
  if (v === "1" || v === "1.0" || v === "true") return true;
  if (v === "0" || v === "0.0" || v === "false") return false;
  if (isUnknownMarker(v)) return null;
  log.unknown(column, value);
  return null;
}

/** The forms a set of flags says, each once, in the domain's order. */
export function formsOf(flags: Iterable<[boolean | null, readonly StatForm[]]>): StatForm[] {
  const found = new Set<StatForm>();
  for (const [on, forms] of flags) if (on === true) for (const form of forms) found.add(form);
  return STAT_FORMS.filter((f) => found.has(f));
}

/** `yearOfRegistration`: four digits; pandas may have written "2019.0". */
export function ctdcYear(value: string): number | undefined {
  const match = /^(\d{4})(?:\.0+)?$/.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Reads a CTDC file with `spec` and maps each row with `mapRow`; rows that cannot be placed
 * are logged by `mapRow` and left out. The whole file is refused when its header is wrong.
 */
export function importCtdcRows(
  text: string,
  spec: ColumnSpec,
  log: ImportLog,
  mapRow: (row: SourceRow, columns: ReadonlySet<string>, log: ImportLog) => ImportedVictim | undefined,
): { victims: ImportedVictim[]; rowsRead: number } | { refused: ImportError[] } {
  const table = readSourceTable(text, spec, log);
  if (!table.ok) return { refused: table.errors };
  const victims: ImportedVictim[] = [];
  for (const row of table.rows) {
    const victim = mapRow(row, table.columns, log);
    if (victim) victims.push(victim);
  }
  return { victims, rowsRead: table.rows.length };
}

/** The year a CTDC row was registered, or undefined (logged) when it is not a year. */
export function registrationYear(row: SourceRow, log: ImportLog): number | undefined {
  const yearText = row.get("yearOfRegistration");
  const year = ctdcYear(yearText);
  if (year === undefined)
    log.error(
      row.row,
      "yearOfRegistration",
      `"${yearText}" is not a year; a victim is counted in the year of registration.`,
    );
  return year;
}
