import type { AdInput } from "@ariadne/detect";
import { DomainError, invalid } from "@ariadne/domain";
import { CsvStream } from "./csv-stream.ts";

/**
 * Streaming readers of uploaded ad files (JSON lines and CSV). The body is read in pieces as
 * it arrives and rows come out one at a time, so memory is bounded by the longest row, not by
 * the file; a row that cannot become an ad is reported with its number and why, never thrown.
 */

/** Why a row of a file did not become an ad (the engine adds its own reasons: empty, binary…). */
export type RowProblem =
  | "invalid_json"
  | "not_an_object"
  | "too_long"
  | "missing_id"
  | "invalid_id"
  | "missing_text"
  | "unterminated_quote";

export type AdRow =
  | { kind: "ad"; row: number; ad: AdInput; repaired: boolean }
  | { kind: "problem"; row: number; id: string | null; reason: RowProblem };

/** Which fields (JSON lines) or columns (CSV) hold what. */
export interface ColumnMapping {
  id: string;
  text: string;
  title?: string | undefined;
  date?: string | undefined;
  place?: string | undefined;
}

/** Longest row or line kept, in characters; a longer one is skipped as `too_long`. */
export const MAX_ROW_CHARS = 1 << 20;
/** Longest ad id, in characters. */
export const MAX_ID_CHARS = 256;

// Control characters (PostgreSQL text cannot even hold U+0000).
const CONTROL = /\p{Cc}/u;

/** The request body as text: counts bytes, refuses more than `limit`, repairs invalid UTF-8. */
export async function* decodeBody(body: AsyncIterable<Uint8Array>, limit: number): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.byteLength;
    if (bytes > limit) throw tooLarge(limit);
    const text = decoder.decode(chunk, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

export function tooLarge(limit: number): DomainError {
  return new DomainError(
    "payload_too_large",
    `The file is larger than ${String(Math.round(limit / (1024 * 1024)))} MB; split it into smaller batches`,
  );
}

function field(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** One row's fields as an ad, or the reason it is not one. */
export function toAd(get: (name: string) => unknown, mapping: ColumnMapping, row: number): AdRow {
  const rawId = field(get(mapping.id));
  const id = rawId?.trim() ?? "";
  if (id === "") return { kind: "problem", row, id: null, reason: "missing_id" };
  if (id.length > MAX_ID_CHARS || CONTROL.test(id))
    return { kind: "problem", row, id: null, reason: "invalid_id" };
  const text = get(mapping.text);
  if (typeof text !== "string") return { kind: "problem", row, id, reason: "missing_text" };
  const title = mapping.title === undefined ? undefined : field(get(mapping.title));
  const date = mapping.date === undefined ? undefined : get(mapping.date);
  const place = mapping.place === undefined ? undefined : field(get(mapping.place));
  const ad: AdInput = {
    id,
    text,
    ...(title !== undefined && title !== "" ? { title } : {}),
    ...(typeof date === "string" || typeof date === "number" ? { date } : {}),
    ...(place !== undefined && place !== "" ? { place: place.slice(0, 200) } : {}),
  };
  const repaired = text.includes("\ufffd") || (title?.includes("\ufffd") ?? false);
  return { kind: "ad", row, ad, repaired };
}

/** JSON lines: one object per line; blank lines are not rows, but count for the line numbers. */
export async function* readJsonLines(
  text: AsyncIterable<string>,
  mapping: ColumnMapping,
): AsyncGenerator<AdRow> {
  let rest = "";
  let line = 0;
  let dropping = false;
  const parse = (value: string): AdRow | undefined => {
    line++;
    if (value.trim() === "") return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return { kind: "problem", row: line, id: null, reason: "invalid_json" };
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      return { kind: "problem", row: line, id: null, reason: "not_an_object" };
    }
    const record = parsed as Record<string, unknown>;
    return toAd((name) => (Object.hasOwn(record, name) ? record[name] : undefined), mapping, line);
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

/**
 * CSV with a header line. The id and text columns must be there, and so must any other column
 * the mapping names explicitly; title, date and place are also taken by those names when present.
 */
export async function* readCsv(
  text: AsyncIterable<string>,
  mapping: ColumnMapping & { explicit: ReadonlySet<"title" | "date" | "place"> },
  delimiter = ",",
): AsyncGenerator<AdRow> {
  const reader = new CsvStream(MAX_ROW_CHARS, delimiter);
  let header: Map<string, number> | undefined;
  let used: ColumnMapping = mapping;
  let row = 0;
  const handle = (cells: string[] | null): AdRow | undefined => {
    if (!header) {
      if (cells === null) throw invalid("body", "the header line of the CSV file is too long");
      header = new Map(cells.map((name, i) => [name.trim(), i]));
      const found = cells.map((name) => name.trim()).filter((name) => name !== "");
      const columns = found.length > 0 ? found.map((name) => `"${name}"`).join(", ") : "(none)";
      const need: ["id" | "text" | "title" | "date" | "place", string][] = [
        ["id", mapping.id],
        ["text", mapping.text],
      ];
      for (const key of mapping.explicit) {
        const name = mapping[key];
        if (name !== undefined) need.push([key, name]);
      }
      for (const [role, name] of need) {
        if (!header.has(name)) {
          throw invalid(
            `${role}Column`,
            `the ${role} column "${name}" is not in the file; columns found: ${columns}`,
          );
        }
      }
      const optional = (key: "title" | "date" | "place") => {
        const name = mapping[key] ?? key;
        return header?.has(name) === true ? name : undefined;
      };
      used = {
        id: mapping.id,
        text: mapping.text,
        title: optional("title"),
        date: optional("date"),
        place: optional("place"),
      };
      return undefined;
    }
    row++;
    if (cells === null) return { kind: "problem", row, id: null, reason: "too_long" };
    const columns = header;
    return toAd(
      (name) => {
        const at = columns.get(name);
        return at === undefined ? undefined : cells[at];
      },
      used,
      row,
    );
  };
  for await (const piece of text) {
    for (const record of reader.push(piece)) {
      const r = handle(record.cells);
      if (r) yield r;
    }
  }
  const unterminated = reader.inQuotes;
  for (const record of reader.end()) {
    if (unterminated && header) {
      row++;
      yield { kind: "problem", row, id: null, reason: "unterminated_quote" };
      continue;
    }
    const r = handle(record.cells);
    if (r) yield r;
  }
  if (!header) throw invalid("body", "the file is empty: a CSV file needs a header line");
}
