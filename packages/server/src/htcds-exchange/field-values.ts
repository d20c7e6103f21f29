import { caseRecord, consentRecord, personRecord, plainText, victimContextRecord } from "@ariadne/domain";
import type { z } from "zod";
import {
  caseRowField,
  HTCDS_LOOKUP_TARGETS,
  type HtcdsCaseRowField,
  type HtcdsLookupField,
} from "./case-row.ts";
import { isCountryCode } from "./country-codes.ts";

/** How to read day-first or month-first text dates such as `03/04/2024`; without it they are errors. */
export type DateOrder = "DMY" | "MDY";

/** Settings that change how a cell is read. */
export interface ValueOptions {
  readonly dateOrder?: DateOrder | undefined;
}

/** A cell that holds no usable value, such as an Excel error (`#N/A`); carries the reason. */
export class CellProblem {
  constructor(readonly message: string) {}
}

/** One cell read for one field: empty, a typed value, or why it is wrong. */
export type FieldValue = { ok: true; value: unknown } | { ok: false; message: string };

type Kind =
  | "text"
  | "phone"
  | "lookup"
  | "date"
  | "boolean"
  | "number"
  | "picklist"
  | "multi-picklist"
  | "country"
  | "countries"
  | "language";

const PHONE_FIELDS: ReadonlySet<HtcdsCaseRowField> = new Set(["prs_HomePhone", "prs_MobilePhone"]);

function kindOf(key: HtcdsCaseRowField): Kind {
  const field = caseRowField(key);
  const note = field.valuesNote ?? "";
  switch (field.type) {
    case "Lookup [to organisation]":
    case "Lookup [to person]":
    case "Lookup [to user]":
      return "lookup";
    case "Date":
      return "date";
    case "Checkbox":
      return "boolean";
    case "Number":
    case "Geolocation":
      return "number";
    case "Picklist":
      if (field.values.length > 0) return "picklist";
      return note.includes("ISO 3166") ? "country" : "language";
    case "Multiselect Picklist":
      return field.values.length > 0 ? "multi-picklist" : "countries";
    case "Text":
    case "Long Text":
    case "Picklist or Text":
      if (note.includes("ISO 3166")) return "country";
      return PHONE_FIELDS.has(key) ? "phone" : "text";
  }
}

const DOMAIN_SHAPE = {
  ...personRecord.shape,
  ...victimContextRecord.shape,
  ...caseRecord.shape,
  ...consentRecord.shape,
} as Readonly<Record<string, z.ZodType>>;
/** The domain keeps lookups as record ids; a file holds the display name. */
const lookupName = plainText(255);

function domainSchema(key: HtcdsCaseRowField): z.ZodType {
  if (key in HTCDS_LOOKUP_TARGETS) return lookupName;
  const schema = DOMAIN_SHAPE[key];
  // records.ts has a test that every non-deprecated field has a home, so a miss is a bug.
  if (schema === undefined) throw new Error(`no domain schema for ${key}`);
  return schema;
}

/** Whether a raw cell counts as empty: nothing, blank text or an empty list. */
export function isEmptyCell(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === "string") return raw.trim() === "";
  if (Array.isArray(raw)) return raw.length === 0;
  return false;
}

/**
 * Undoes what `neutraliseFormula` (files/csv.ts) did on export, so an exported file reads
 * back unchanged: a leading apostrophe before = + - @ tab or CR is dropped.
 */
export function undoFormulaNeutralisation(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const ok = (value: unknown): FieldValue => ({ ok: true, value });
const fail = (message: string): FieldValue => ({ ok: false, message });

/**
 * Reads one non-empty raw cell (text, number, boolean, Date, list from JSON, CellProblem)
 * for one field and validates it with the domain's schema for that field. Messages never
 * repeat the content of free-text, date, number or lookup cells, so they may be logged.
 */
export function readFieldValue(key: HtcdsCaseRowField, raw: unknown, options: ValueOptions = {}): FieldValue {
  if (raw instanceof CellProblem) return fail(raw.message);
  const converted = convert(key, kindOf(key), raw, options);
  if (!converted.ok) return converted;
  const parsed = domainSchema(key).safeParse(converted.value);
  if (parsed.success) return ok(parsed.data);
  return fail(parsed.error.issues.map(describeIssue).join("; "));
}

function convert(key: HtcdsCaseRowField, kind: Kind, raw: unknown, options: ValueOptions): FieldValue {
  switch (kind) {
    case "text":
    case "lookup":
      return asText(raw, true);
    case "phone":
      if (typeof raw === "number") {
        return fail("is stored as a number, which loses a leading 0 or +; format the column as text");
      }
      return asText(raw, false);
    case "date":
      return readDate(raw, options.dateOrder);
    case "boolean":
      return readBoolean(raw);
    case "number":
      return readNumber(raw);
    case "picklist": {
      const text = asText(raw, true);
      return text.ok ? matchPicklist(key, text.value as string) : text;
    }
    case "multi-picklist":
      return readList(raw, (item) => matchPicklist(key, item));
    case "country": {
      const text = asText(raw, false);
      return text.ok ? readCountry(text.value as string) : text;
    }
    case "countries":
      return readList(raw, readCountry);
    case "language": {
      const text = asText(raw, false);
      return text.ok ? ok((text.value as string).trim().toLowerCase()) : text;
    }
  }
}

function asText(raw: unknown, numbersAllowed: boolean): FieldValue {
  if (typeof raw === "string") return ok(raw);
  if (numbersAllowed && typeof raw === "number" && Number.isFinite(raw)) return ok(String(raw));
  if (raw instanceof Date) return fail("must be text, not a date");
  if (typeof raw === "boolean") return fail("must be text, not TRUE/FALSE");
  return fail("must be text");
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const DAY_MS = 86_400_000;

/** Formats a calendar date as ISO `YYYY-MM-DD`, or undefined if it does not exist or is out of range. */
export function isoDateOf(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function readDate(raw: unknown, order: DateOrder | undefined): FieldValue {
  if (raw instanceof Date) {
    const ms = raw.getTime();
    if (Number.isNaN(ms)) return fail("is not a valid date");
    const days = Math.round(ms / DAY_MS);
    // Excel stores a date as a day count; a time of day means the cell is a timestamp.
    if (Math.abs(ms - days * DAY_MS) >= 1000) return fail("must be a date without a time of day");
    const date = new Date(days * DAY_MS);
    const iso = isoDateOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    return iso === undefined ? fail("must be a date from 1900 on") : ok(iso);
  }
  if (typeof raw === "number") {
    return fail("is a number, not a date: format the cell as a date or write YYYY-MM-DD");
  }
  if (typeof raw !== "string") return fail("must be a date written YYYY-MM-DD");
  const text = raw.trim();
  const iso = ISO_DATE.exec(text);
  if (iso !== null) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    return checkedDate(y, m, d);
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric !== null) {
    const [, a, b, y] = numeric.map(Number) as [number, number, number, number];
    if (order === undefined) {
      return fail(
        "is ambiguous: day and month could be either way round. Write dates as YYYY-MM-DD, or state that the file writes dates day-first or month-first",
      );
    }
    return order === "DMY" ? checkedDate(y, b, a) : checkedDate(y, a, b);
  }
  return fail("is not a date in a known form: write YYYY-MM-DD, e.g. 2024-03-07");
}

function checkedDate(year: number, month: number, day: number): FieldValue {
  if (year < 1900) return fail("must be a date from 1900 on");
  const iso = isoDateOf(year, month, day);
  return iso === undefined ? fail("is not a real calendar date") : ok(iso);
}

const TRUE_WORDS: ReadonlySet<string> = new Set(["true", "yes", "1"]);
const FALSE_WORDS: ReadonlySet<string> = new Set(["false", "no", "0"]);

function readBoolean(raw: unknown): FieldValue {
  if (typeof raw === "boolean") return ok(raw);
  if (raw === 1 || raw === 0) return ok(raw === 1);
  if (typeof raw === "string") {
    const word = raw.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return ok(true);
    if (FALSE_WORDS.has(word)) return ok(false);
    return fail(`"${raw.trim()}" is not a yes/no value: write TRUE or FALSE (Yes/No and 1/0 work too)`);
  }
  return fail("must be TRUE or FALSE");
}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

function readNumber(raw: unknown): FieldValue {
  if (typeof raw === "number") return Number.isFinite(raw) ? ok(raw) : fail("must be a number");
  if (typeof raw === "string" && DECIMAL.test(raw.trim())) return ok(Number(raw.trim()));
  return fail("must be a number written with digits and an optional decimal point, e.g. 12 or 44.43");
}

const picklistIndex = new Map<HtcdsCaseRowField, { exact: Set<string>; loose: Map<string, string | null> }>();

function picklistOf(key: HtcdsCaseRowField) {
  let index = picklistIndex.get(key);
  if (index === undefined) {
    const values = caseRowField(key).values;
    const loose = new Map<string, string | null>();
    const add = (form: string, name: string) => {
      const lower = form.trim().toLowerCase();
      const seen = loose.get(lower);
      // null marks a form two values share, which therefore names neither.
      loose.set(lower, seen === undefined || seen === name ? name : null);
    };
    for (const v of values) {
      add(v.name, v.name);
      add(v.label, v.name);
    }
    index = { exact: new Set(values.map((v) => v.name)), loose };
    picklistIndex.set(key, index);
  }
  return index;
}

/** Matches a picklist value by its HTCDS name, or (ignoring case) by its name or label. */
function matchPicklist(key: HtcdsCaseRowField, text: string): FieldValue {
  const value = text.trim();
  const { exact, loose } = picklistOf(key);
  if (exact.has(value)) return ok(value);
  const name = loose.get(value.toLowerCase());
  if (name !== undefined && name !== null) return ok(name);
  const field = caseRowField(key);
  return fail(`"${value}" is not a value of ${field.label}; use one of: ${[...exact].join(", ")}`);
}

function readCountry(text: string): FieldValue {
  const code = text.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && isCountryCode(code)) return ok(code);
  if (/[,;\s]/.test(text.trim())) {
    return fail(`"${text.trim()}" is not one country code; separate several with ";"`);
  }
  return fail(`"${text.trim()}" is not an ISO 3166-1 alpha-2 country code such as RO, NG or VN`);
}

/** A multi-select: `;`-separated text (spaces around items ignored) or, in JSON, a list. */
function readList(raw: unknown, item: (text: string) => FieldValue): FieldValue {
  let items: string[];
  if (typeof raw === "string") {
    items = raw
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  } else if (Array.isArray(raw) && raw.every((v): v is string => typeof v === "string")) {
    items = raw.map((s) => s.trim()).filter((s) => s !== "");
  } else {
    return fail('must be text with values separated by ";" (or, in JSON, a list of texts)');
  }
  const values: string[] = [];
  const problems: string[] = [];
  for (const text of items) {
    const one = item(text);
    if (!one.ok) problems.push(one.message);
    else if (values.includes(one.value as string)) problems.push(`"${text}" is listed twice`);
    else values.push(one.value as string);
  }
  return problems.length > 0 ? fail(problems.join("; ")) : ok(values);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `value ${Number(issue.path[0]) + 1}: ` : "";
  if (issue.code === "too_small" && issue.origin === "number")
    return `${where}must be at least ${String(issue.minimum)}`;
  if (issue.code === "too_big" && issue.origin === "number")
    return `${where}must be at most ${String(issue.maximum)}`;
  if (issue.code === "invalid_type") {
    return issue.expected === "int" ? `${where}must be a whole number` : `${where}has the wrong type`;
  }
  if (issue.code === "invalid_format" && issue.format === "email") {
    return `${where}must be an e-mail address such as name@example.org`;
  }
  // The domain's own messages ("must be ...") read well as they are.
  return where + issue.message;
}

/** Whether a field holds a display name to resolve (lookups). */
export function isLookupField(key: HtcdsCaseRowField): key is HtcdsLookupField {
  return key in HTCDS_LOOKUP_TARGETS;
}
