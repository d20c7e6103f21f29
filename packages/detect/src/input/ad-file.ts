import { CsvStream } from "./csv.ts";
import {
  jsonLineToAd,
  MAX_ROW_CHARS,
  REQUIRED_IDS,
  toAd,
  type AdRow,
  type ColumnMapping,
  type MappedField,
  type RowRules,
} from "./rows.ts";

/**
 * Streaming readers of ad files (JSON lines and CSV) as text. Text comes in pieces as it is
 * read and rows come out one at a time, so memory is bounded by the longest row, not by the
 * file; a row that cannot become an ad comes out with its number and why, never thrown. Only a
 * file that cannot be read as asked at all (a CSV without a mapped column) throws `AdFileError`.
 */

/** Why an ad file cannot be read as asked. */
export type AdFileProblem = "missing_column" | "header_too_long" | "no_header";

/** An ad file that cannot be read as asked; the edge says so in its own words. */
export class AdFileError extends Error {
  constructor(
    readonly code: AdFileProblem,
    message: string,
    /** For `missing_column`: which field's column is missing, its name, and the columns found. */
    readonly column?: { role: "text" | MappedField; name: string; found: string[] },
  ) {
    super(message);
    this.name = "AdFileError";
  }
}

/**
 * JSON lines: one object per line, up to `MAX_ROW_CHARS` characters (a longer line is reported
 * as `too_long` and dropped as it streams). Blank lines are not rows but count for the numbers.
 */
export async function* readJsonLineAds(
  text: AsyncIterable<string>,
  mapping: ColumnMapping,
  rules: RowRules = REQUIRED_IDS,
): AsyncGenerator<AdRow> {
  let rest = "";
  let line = 0;
  let dropping = false;
  const parse = (value: string): AdRow | undefined => {
    line++;
    if (value.trim() === "") return undefined;
    return jsonLineToAd(value, mapping, line, rules);
  };
  for await (const piece of text) {
    let start = 0;
    for (let nl = piece.indexOf("\n"); nl !== -1; nl = piece.indexOf("\n", start)) {
      const value = rest + piece.slice(start, nl);
      rest = "";
      start = nl + 1;
      if (dropping) {
        // The end of a line already reported as too long.
        dropping = false;
        line++;
        continue;
      }
      if (value.length > MAX_ROW_CHARS) {
        line++;
        yield { kind: "problem", row: line, id: null, reason: "too_long" };
        continue;
      }
      const row = parse(value);
      if (row) yield row;
    }
    if (dropping) continue;
    rest += piece.slice(start);
    if (rest.length > MAX_ROW_CHARS) {
      // Keep nothing of a line this long: report it and skip to its end.
      yield { kind: "problem", row: line + 1, id: null, reason: "too_long" };
      dropping = true;
      rest = "";
    }
  }
  if (dropping) return;
  const row = parse(rest);
  if (row) yield row;
}

/** How a CSV file is read. */
export interface CsvAdOptions {
  delimiter?: string | undefined;
  rules?: RowRules | undefined;
  /** Longest record kept, in characters; default `MAX_ROW_CHARS`. */
  maxRowChars?: number | undefined;
}

/**
 * CSV with a header line, pushed as text in pieces. The text column must be in the header, and
 * so must the id column when ids are required, and any column the mapping names explicitly;
 * title, date and place are otherwise taken when their column is there. Records are numbered
 * from 1 after the header. A record longer than the limit is `too_long`; a last record whose
 * quote never closed is `unterminated_quote`.
 */
export class CsvAdReader {
  private readonly records: CsvStream;
  private readonly rules: RowRules;
  private header: Map<string, number> | undefined;
  private used: ColumnMapping;
  private row = 0;

  constructor(
    private readonly mapping: ColumnMapping,
    options: CsvAdOptions = {},
  ) {
    this.records = new CsvStream(options.maxRowChars ?? MAX_ROW_CHARS, options.delimiter ?? ",");
    this.rules = options.rules ?? REQUIRED_IDS;
    this.used = mapping;
  }

  /** Characters found after a closing quote so far (kept as text). */
  get malformed(): number {
    return this.records.malformed;
  }

  /** Parses `text` and returns the rows it completed; throws `AdFileError` for the header. */
  push(text: string): AdRow[] {
    const out: AdRow[] = [];
    for (const record of this.records.push(text)) {
      const row = this.handle(record.cells);
      if (row) out.push(row);
    }
    return out;
  }

  /** Ends the input: the last row, if it had no final line break. */
  end(): AdRow[] {
    const out: AdRow[] = [];
    const unterminated = this.records.inQuotes;
    for (const record of this.records.end()) {
      if (unterminated && this.header) {
        out.push({ kind: "problem", row: ++this.row, id: null, reason: "unterminated_quote" });
        continue;
      }
      const row = this.handle(record.cells);
      if (row) out.push(row);
    }
    if (!this.header) throw new AdFileError("no_header", "the file is empty: a CSV file needs a header line");
    return out;
  }

  private handle(cells: string[] | null): AdRow | undefined {
    const header = this.header;
    if (!header) {
      this.readHeader(cells);
      return undefined;
    }
    const row = ++this.row;
    if (cells === null) return { kind: "problem", row, id: null, reason: "too_long" };
    return toAd(
      (name) => {
        const at = header.get(name);
        return at === undefined ? undefined : cells[at];
      },
      this.used,
      row,
      this.rules,
    );
  }

  private readHeader(cells: string[] | null): void {
    if (cells === null)
      throw new AdFileError("header_too_long", "the header line of the CSV file is too long");
    const names = cells.map((name) => name.trim());
    const header = new Map(names.map((name, i) => [name, i]));
    const { mapping } = this;
    const explicit = mapping.explicit ?? new Set<MappedField>();
    const need: ["text" | MappedField, string | undefined][] = [];
    if (this.rules.id === "required") need.push(["id", mapping.id]);
    need.push(["text", mapping.text]);
    for (const key of explicit)
      if (!(key === "id" && this.rules.id === "required")) need.push([key, mapping[key]]);
    for (const [role, name] of need) {
      if (name !== undefined && !header.has(name)) {
        const found = names.filter((n) => n !== "");
        const columns = found.length > 0 ? found.map((n) => `"${n}"`).join(", ") : "(none)";
        throw new AdFileError(
          "missing_column",
          `the ${role} column "${name}" is not in the file; columns found: ${columns}`,
          { role, name, found: names },
        );
      }
    }
    const optional = (name: string | undefined) =>
      name !== undefined && header.has(name) ? name : undefined;
    this.used = {
      id: mapping.id,
      text: mapping.text,
      title: optional(mapping.title),
      date: optional(mapping.date),
      place: optional(mapping.place),
    };
    this.header = header;
  }
}
