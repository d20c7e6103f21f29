import type { AdInput } from "../types.ts";

/**
 * Why a row of an ad file did not become an ad (the engine adds its own reasons for ads it
 * cannot analyse: `empty`, `binary`, `duplicate_id`…).
 */
export type RowProblem =
  | "invalid_json"
  | "not_an_object"
  | "too_long"
  | "missing_id"
  | "invalid_id"
  | "missing_text"
  | "unterminated_quote";

/** A row of an ad file (counted from 1, blank lines included): an ad, or why it is not one. */
export type AdRow =
  | { kind: "ad"; row: number; ad: AdInput; repaired: boolean }
  | { kind: "problem"; row: number; id: string | null; reason: RowProblem };

/** An ad's field that may be taken from a column other than its own name. */
export type MappedField = "id" | "title" | "date" | "place";

/** Which fields (JSON) or columns (CSV) hold what. */
export interface ColumnMapping {
  id: string;
  text: string;
  title?: string | undefined;
  date?: string | undefined;
  place?: string | undefined;
  /**
   * The fields whose column was named by the user: a CSV file without one of them is refused
   * (the text column always must be there). Others are taken when present.
   */
  explicit?: ReadonlySet<MappedField> | undefined;
}

/**
 * What a reader does with rows that lack an id or a text. A platform's feed must name its ads
 * (ids are how a later batch is recognised), while a file scanned once may number them.
 */
export interface RowRules {
  /** `"required"`: a row without an id is `missing_id`; `"row-number"`: it is named `row-<n>`. */
  id: "required" | "row-number";
  /**
   * `true`: text that is only white space is `missing_text`; `false`: it is an ad, which the
   * engine skips as `empty`.
   */
  blankTextMissing: boolean;
}

/** A feed's rules: every ad has an id; blank text is the engine's to skip. */
export const REQUIRED_IDS: RowRules = { id: "required", blankTextMissing: false };

/** Longest row or line kept, in characters; a longer one is skipped as `too_long`. */
export const MAX_ROW_CHARS = 1 << 20;
/** Longest ad id, in characters; a longer one is `invalid_id`. */
export const MAX_ID_CHARS = 256;
/** Longest place name kept, in characters (a longer one is cut). */
export const MAX_PLACE_CHARS = 200;

// Control characters (PostgreSQL text cannot even hold U+0000).
const CONTROL = /\p{Cc}/u;

/** A string, or a finite number written as one; anything else is no value. */
function field(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * One row's fields as an ad, or the reason it is not one. `get` reads a field (JSON) or column
 * (CSV) by name. The id is trimmed and must be at most `MAX_ID_CHARS` characters without
 * control characters; the text must be a string. Empty titles and places are left out; a date is
 * kept as given (ISO 8601 text or epoch milliseconds). `repaired` says whether the text or title
 * holds U+FFFD, which is what invalid UTF-8 decodes to.
 */
export function toAd(
  get: (name: string) => unknown,
  mapping: ColumnMapping,
  row: number,
  rules: RowRules = REQUIRED_IDS,
): AdRow {
  const rawId = field(get(mapping.id));
  let id = rawId?.trim() ?? "";
  if (id === "") {
    if (rules.id === "required") return { kind: "problem", row, id: null, reason: "missing_id" };
    id = `row-${String(row)}`;
  } else if (id.length > MAX_ID_CHARS || CONTROL.test(id)) {
    return { kind: "problem", row, id: null, reason: "invalid_id" };
  }
  const text = get(mapping.text);
  if (typeof text !== "string" || (rules.blankTextMissing && text.trim() === ""))
    return { kind: "problem", row, id, reason: "missing_text" };
  const title = mapping.title === undefined ? undefined : field(get(mapping.title));
  const date = mapping.date === undefined ? undefined : get(mapping.date);
  const place = mapping.place === undefined ? undefined : field(get(mapping.place));
  const ad: AdInput = {
    id,
    text,
    ...(title !== undefined && title !== "" ? { title } : {}),
    ...(typeof date === "string" || typeof date === "number" ? { date } : {}),
    ...(place !== undefined && place !== "" ? { place: place.slice(0, MAX_PLACE_CHARS) } : {}),
  };
  const repaired = text.includes("\ufffd") || (title?.includes("\ufffd") ?? false);
  return { kind: "ad", row, ad, repaired };
}

/**
 * One JSON line parsed: the object it holds, or `invalid_json` / `not_an_object`. (A string
 * rather than a result object: this runs once per row of files of millions.)
 */
export function parseJsonObject(line: string): Record<string, unknown> | "invalid_json" | "not_an_object" {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return "invalid_json";
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return "not_an_object";
  return parsed as Record<string, unknown>;
}

/** A JSON object's own fields as an ad (inherited ones such as `constructor` are not fields). */
export function objectToAd(
  record: Record<string, unknown>,
  mapping: ColumnMapping,
  row: number,
  rules: RowRules = REQUIRED_IDS,
): AdRow {
  return toAd((name) => (Object.hasOwn(record, name) ? record[name] : undefined), mapping, row, rules);
}

/** One line of a JSON-lines file as an ad, or why it is not one. */
export function jsonLineToAd(
  line: string,
  mapping: ColumnMapping,
  row: number,
  rules: RowRules = REQUIRED_IDS,
): AdRow {
  const record = parseJsonObject(line);
  if (typeof record === "string") return { kind: "problem", row, id: null, reason: record };
  return objectToAd(record, mapping, row, rules);
}
