import { parseCsv } from "../../htcds-exchange/csv-parse.ts";
import type { ImportError, ImportOptions, ImportReport, UnknownCode } from "./types.ts";

/** The columns a format knows: every one of `required` must be there, nothing outside both lists. */
export interface ColumnSpec {
  readonly format: string;
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Other spellings of a known column → its name. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Groups of columns of which at least one must be there (e.g. txtVALUE or VALUE). */
  readonly oneOf?: readonly (readonly string[])[];
  /** pandas writes its index as a first column with no name (or "Unnamed: 0"); ignore it. */
  readonly ignoreLeadingIndex?: boolean;
}

/** One data record: cells by known column name. */
export interface SourceRow {
  readonly row: number;
  get(column: string): string;
}

/**
 * Collects what a mapper meets while it reads: unknown codes (counted per column and value)
 * and row errors (listed up to a limit).
 */
export class ImportLog {
  private readonly codes = new Map<string, { column: string; value: string; rows: number }>();
  private readonly errorList: ImportError[] = [];
  private leftOut = 0;
  private lastLeftOut = 0;

  constructor(private readonly maxErrors: number) {}

  unknown(column: string, value: string): void {
    const key = `${column}\u0000${value}`;
    const seen = this.codes.get(key);
    if (seen) seen.rows += 1;
    else this.codes.set(key, { column, value, rows: 1 });
  }

  error(row: number, column: string, message: string): void {
    if (this.errorList.length < this.maxErrors) this.errorList.push({ row, column, message });
    else {
      this.leftOut += 1;
      this.lastLeftOut = row;
    }
  }

  report(rowsRead: number): ImportReport {
    const errors = [...this.errorList];
    if (this.leftOut > 0) {
      errors.push({
        row: this.lastLeftOut,
        column: "",
        message: `${this.leftOut} more errors are not listed.`,
      });
    }
    const unknownCodes: UnknownCode[] = [...this.codes.values()].map((c) => ({ ...c }));
    return { unknownCodes, errors, rowsRead };
  }
}

export type SourceTable =
  | { readonly ok: true; readonly rows: SourceRow[]; readonly columns: ReadonlySet<string> }
  | { readonly ok: false; readonly errors: ImportError[] };

export const HEADER_ROW = 1;

/**
 * Parses the CSV and checks its header against the spec. A header with an unknown, duplicate
 * or missing column refuses the file, naming every such column. A record with a different
 * number of cells than the header is an error for that row; blank lines are skipped.
 */
export function readSourceTable(text: string, spec: ColumnSpec, log: ImportLog): SourceTable {
  const parsed = parseCsv(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return { ok: false, errors: [{ row: HEADER_ROW, column: "", message: parsed.message }] };
  const [header, ...records] = parsed.records;
  if (!header || (header.cells.length === 1 && header.cells[0]?.trim() === "")) {
    return {
      ok: false,
      errors: [{ row: HEADER_ROW, column: "", message: "The file is empty: no header line." }],
    };
  }

  const known = new Map<string, string>();
  for (const name of [...spec.required, ...spec.optional]) known.set(name.toLowerCase(), name);
  for (const [alias, name] of Object.entries(spec.aliases ?? {})) known.set(alias.toLowerCase(), name);

  const errors: ImportError[] = [];
  const index = new Map<string, number>();
  header.cells.forEach((raw, i) => {
    const cell = raw.trim();
    if (i === 0 && spec.ignoreLeadingIndex === true && (cell === "" || cell === "Unnamed: 0")) return;
    const name = known.get(cell.toLowerCase());
    if (name === undefined) {
      errors.push({
        row: HEADER_ROW,
        column: cell,
        message: `Unknown column "${cell}" for the ${spec.format} format; the file is refused (the README lists the columns it reads).`,
      });
    } else if (index.has(name)) {
      errors.push({ row: HEADER_ROW, column: cell, message: `Column "${name}" appears twice.` });
    } else {
      index.set(name, i);
    }
  });
  for (const name of spec.required) {
    if (!index.has(name)) {
      errors.push({ row: HEADER_ROW, column: name, message: `Required column "${name}" is missing.` });
    }
  }
  for (const group of spec.oneOf ?? []) {
    if (!group.some((name) => index.has(name))) {
      errors.push({
        row: HEADER_ROW,
        column: group.join(" | "),
        message: `One of the columns ${group.join(", ")} is required.`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const width = header.cells.length;
  const rows: SourceRow[] = [];
  for (const record of records) {
    const { cells } = record;
    if (cells.length === 1 && cells[0]?.trim() === "") continue;
    if (cells.length !== width) {
      log.error(record.record, "", `The row has ${cells.length} cells; the header has ${width}.`);
      continue;
    }
    rows.push({
      row: record.record,
      get: (column) => {
        const at = index.get(column);
        return at === undefined ? "" : (cells[at]?.trim() ?? "");
      },
    });
  }
  return { ok: true, rows, columns: new Set(index.keys()) };
}

export function newLog(options: ImportOptions | undefined): ImportLog {
  return new ImportLog(options?.maxErrors ?? 1000);
}

/** A four-digit year, or undefined. */
export function parseYear(value: string): number | undefined {
  if (!/^\d{4}$/.test(value)) return undefined;
  return Number(value);
}
