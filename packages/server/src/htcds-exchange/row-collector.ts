import type { HtcdsCaseRow, HtcdsCaseRowField } from "./case-row.ts";
import { isEmptyCell, readFieldValue, type DateOrder } from "./field-values.ts";

/** Why a file or a cell was refused. */
export type HtcdsReadErrorCode =
  | "file_too_large"
  | "too_many_rows"
  | "too_many_errors"
  | "malformed_file"
  | "missing_header"
  | "unknown_column"
  | "duplicate_column"
  | "unlabelled_column"
  | "wrong_cell_count"
  | "invalid_value"
  | "inconsistent_values";

/**
 * One problem. `row` is the number the user sees (spreadsheet row, CSV record counting the
 * header as 1, JSON array index + 1), or 0 for the file as a whole. `field` is the HTCDS
 * key, the header as written for a column that maps to no field, or "" when no field applies.
 */
export interface HtcdsReadError {
  readonly row: number;
  readonly field: string;
  readonly code: HtcdsReadErrorCode;
  readonly message: string;
}

/** One case read from the file, with the row number the user sees. */
export interface HtcdsReadRow {
  readonly rowNumber: number;
  readonly values: HtcdsCaseRow;
}

/** How a column of the file maps to a field. `column` is the spreadsheet letter, CSV position or JSON key. */
export interface HtcdsColumn {
  readonly field: HtcdsCaseRowField;
  readonly header: string;
  readonly column: string;
}

/** Limits and settings of one read. */
export interface CollectorOptions {
  readonly today: string;
  readonly dateOrder: DateOrder | undefined;
  readonly maxRows: number;
  readonly maxErrors: number;
}

/** Stops a read early (row or error limit reached). */
export class ReadStopped extends Error {}

/**
 * Validates rows as a reader finds them and keeps the valid ones and every error, up to the
 * limits. Throws ReadStopped when a limit ends the read; the reader catches it.
 */
export class RowCollector {
  readonly rows: HtcdsReadRow[] = [];
  readonly errors: HtcdsReadError[] = [];
  private nonEmptyRows = 0;
  private tooManyRows = false;

  constructor(private readonly options: CollectorOptions) {}

  /** Records a problem; stops the read once there are more than `maxErrors`. */
  error(row: number, field: string, code: HtcdsReadErrorCode, message: string): void {
    if (this.errors.length >= this.options.maxErrors) {
      this.errors.push({
        row: 0,
        field: "",
        code: "too_many_errors",
        message: `More than ${this.options.maxErrors} problems; reading stopped. Fix these and try again.`,
      });
      throw new ReadStopped();
    }
    this.errors.push({ row, field, code, message });
  }

  /** Validates one row; skips it if every cell is empty. */
  addRow(rowNumber: number, cells: Iterable<readonly [HtcdsCaseRowField, unknown]>): void {
    const present = [...cells].filter(([, raw]) => !isEmptyCell(raw));
    if (present.length === 0) return;
    this.nonEmptyRows += 1;
    if (this.nonEmptyRows > this.options.maxRows) {
      this.tooManyRows = true;
      throw new ReadStopped();
    }
    const values: Record<string, unknown> = {};
    let valid = true;
    for (const [field, raw] of present) {
      const read = readFieldValue(field, raw, { dateOrder: this.options.dateOrder });
      if (read.ok) values[field] = read.value;
      else {
        valid = false;
        this.error(rowNumber, field, "invalid_value", read.message);
      }
    }
    // Each value passed its field's domain schema, so the record has the row's shape.
    const row = values as HtcdsCaseRow;
    for (const problem of inconsistencies(row, this.options.today)) {
      valid = false;
      this.error(rowNumber, problem.field, "inconsistent_values", problem.message);
    }
    if (valid) this.rows.push({ rowNumber, values: row });
  }

  /** The outcome; a row-limit breach replaces everything with one error. */
  finish(columns: readonly HtcdsColumn[]) {
    if (this.tooManyRows) {
      return {
        rows: [],
        columns: [],
        errors: [
          {
            row: 0,
            field: "",
            code: "too_many_rows" as const,
            message: `The file has more than ${this.options.maxRows} cases; split it into smaller files.`,
          },
        ],
      };
    }
    return { rows: this.rows, columns: [...columns], errors: this.errors };
  }
}

/** Completed years from `birth` to `on` (both ISO dates). */
function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Checks between fields that HTCDS makes certain: nobody is born in the future, referred
 * before birth, or trafficked at an age they have not reached. Referral order is not
 * checked: a case referred out and later back in has an outgoing date before the incoming.
 */
function inconsistencies(row: HtcdsCaseRow, today: string): { field: HtcdsCaseRowField; message: string }[] {
  const problems: { field: HtcdsCaseRowField; message: string }[] = [];
  const birth = row.prs_Birthdate;
  if (birth === undefined) return problems;
  if (birth > today) {
    problems.push({ field: "prs_Birthdate", message: `is in the future (today is ${today})` });
    return problems;
  }
  for (const field of ["cas_IncomingReferralDate", "cas_OutgoingReferralDate"] as const) {
    const date = row[field];
    if (date !== undefined && date < birth) {
      problems.push({ field, message: "is before the person's birth date" });
    }
  }
  const age = row.vic_AgeWhenTrafficked;
  if (age !== undefined && age > ageOn(birth, today)) {
    problems.push({
      field: "vic_AgeWhenTrafficked",
      message: "is more than the person's age today, from their birth date",
    });
  }
  return problems;
}
