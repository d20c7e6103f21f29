import { isHtcdsLabel, matchFieldKey, matchFieldLabel, type HtcdsCaseRowField } from "./case-row.ts";
import { undoFormulaNeutralisation } from "./field-values.ts";
import type { HtcdsColumn, RowCollector } from "./row-collector.ts";

/** Spreadsheet column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const headerText = (cell: unknown): string =>
  typeof cell === "string" ? cell.trim() : typeof cell === "number" ? String(cell) : "";

/**
 * Reads a grid (xlsx sheet or CSV) row by row. Row 1 holds the HTCDS keys. Row 2 is the
 * template's label row when row 1 is hidden (as IOM ships it, whatever language the labels
 * are in) or when every non-empty cell in it is an HTCDS field label; a column without a key
 * is then mapped by its label (IOM leaves "Reason for Outgoing Referral" without a key).
 * Everything after the header is data.
 */
export class TableReader {
  private keyRow: readonly unknown[] | undefined;
  private keyRowHidden = false;
  private state: "keys" | "second" | "data" = "keys";
  private readonly fields: (HtcdsCaseRowField | undefined)[] = [];
  private readonly headerless = new Set<number>();
  private readonly headerlessReported = new Set<number>();
  private readonly mapped: HtcdsColumn[] = [];
  private width = 0;

  constructor(
    private readonly collector: RowCollector,
    private readonly locate: (index: number) => string,
  ) {}

  /**
   * Takes the next row; `rowNumber` is what the user sees, `cells` are 0-based, `hidden`
   * says the row is hidden in the file (known for xlsx).
   */
  push(rowNumber: number, cells: readonly unknown[], hidden = false): void {
    switch (this.state) {
      case "keys":
        this.keyRowHidden = hidden;
        this.readKeyRow(rowNumber, cells);
        return;
      case "second":
        if (rowNumber === 2 && (this.keyRowHidden || isLabelRow(cells))) {
          this.resolveColumns(cells);
          this.state = "data";
          return;
        }
        this.resolveColumns(undefined);
        this.state = "data";
        this.readData(rowNumber, cells);
        return;
      case "data":
        this.readData(rowNumber, cells);
        return;
    }
  }

  /** Ends the read; returns the column mapping. */
  end(): readonly HtcdsColumn[] {
    if (this.state === "keys") {
      this.collector.error(
        0,
        "",
        "missing_header",
        "The file is empty, or no sheet has the HTCDS field keys (such as prs_FirstName) in row 1.",
      );
    } else if (this.state === "second") {
      this.resolveColumns(undefined);
    }
    return this.mapped;
  }

  private readKeyRow(rowNumber: number, cells: readonly unknown[]): void {
    const anyKey = cells.some((cell) => {
      const text = headerText(cell);
      return text !== "" && matchFieldKey(text).ok;
    });
    if (rowNumber !== 1 || !anyKey) {
      this.collector.error(
        0,
        "",
        "missing_header",
        "Row 1 must hold the HTCDS field keys (such as prs_FirstName), as in IOM's template, where that row is hidden.",
      );
      // Nothing can be mapped; the remaining rows are not read.
      this.state = "data";
      return;
    }
    this.keyRow = cells;
    this.state = "second";
  }

  private resolveColumns(labelRow: readonly unknown[] | undefined): void {
    const keys = this.keyRow ?? [];
    const width = Math.max(keys.length, labelRow?.length ?? 0);
    this.width = width;
    const taken = new Map<HtcdsCaseRowField, string>();
    for (let index = 0; index < width; index++) {
      const key = headerText(keys[index]);
      const label = headerText(labelRow?.[index]);
      const column = this.locate(index);
      let field: HtcdsCaseRowField | undefined;
      if (key !== "") {
        const match = matchFieldKey(key);
        if (match.ok) field = match.field;
        else this.collector.error(1, key, "unknown_column", unknownKeyMessage(key, column, match.reason));
      } else if (label !== "") {
        field = matchFieldLabel(label);
        if (field === undefined) {
          this.collector.error(
            2,
            label,
            "unknown_column",
            `Column ${column} has no field key in row 1 and its label "${label}" names no single HTCDS case field.`,
          );
        }
      } else {
        this.headerless.add(index);
        continue;
      }
      if (field === undefined) continue;
      const earlier = taken.get(field);
      if (earlier !== undefined) {
        this.collector.error(
          1,
          field,
          "duplicate_column",
          `Columns ${earlier} and ${column} both hold ${field}; keep one.`,
        );
        continue;
      }
      taken.set(field, column);
      this.fields[index] = field;
      this.mapped.push({ field, header: key !== "" ? key : label, column });
    }
  }

  private readData(rowNumber: number, cells: readonly unknown[]): void {
    if (this.keyRow === undefined) return;
    const entries: [HtcdsCaseRowField, unknown][] = [];
    for (let index = 0; index < cells.length; index++) {
      const cell =
        typeof cells[index] === "string" ? undoFormulaNeutralisation(cells[index] as string) : cells[index];
      const field = this.fields[index];
      if (field !== undefined) {
        entries.push([field, cell]);
        continue;
      }
      // Column A of IOM's template holds row numbers under an empty header.
      const headerless = index >= this.width || this.headerless.has(index);
      if (headerless && index > 0 && !isBlank(cell) && !this.headerlessReported.has(index)) {
        this.headerlessReported.add(index);
        this.collector.error(
          rowNumber,
          "",
          "unlabelled_column",
          `Column ${this.locate(index)} holds data but has no HTCDS field key in row 1.`,
        );
      }
    }
    this.collector.addRow(rowNumber, entries);
  }
}

const isBlank = (cell: unknown) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

function isLabelRow(cells: readonly unknown[]): boolean {
  const filled = cells.filter((cell) => !isBlank(cell));
  return filled.length > 0 && filled.every((cell) => typeof cell === "string" && isHtcdsLabel(cell));
}

function unknownKeyMessage(
  key: string,
  column: string,
  reason: "deprecated" | "other_table" | "unknown",
): string {
  switch (reason) {
    case "deprecated":
      return `Column ${column} holds ${key}, which HTCDS 2.0 deprecates; remove the column.`;
    case "other_table":
      return `Column ${column} holds ${key}, an HTCDS field that is not part of a case row (person, victim, case, consent); remove the column.`;
    case "unknown":
      return `Column ${column} has the header "${key}", which is not an HTCDS field key; correct or remove it.`;
  }
}
