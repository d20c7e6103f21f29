import type { Readable } from "node:stream";
import { matchFieldKey, type HtcdsCaseRowField } from "./case-row.ts";
import { parseCsv } from "./csv-parse.ts";
import type { DateOrder } from "./field-values.ts";
import {
  ReadStopped,
  RowCollector,
  type HtcdsColumn,
  type HtcdsReadError,
  type HtcdsReadErrorCode,
  type HtcdsReadRow,
} from "./row-collector.ts";
import { columnLetters, TableReader } from "./table-reader.ts";
import { openXlsx } from "./xlsx-read.ts";

/** A file format of the exchange. */
export type HtcdsFileFormat = "xlsx" | "csv" | "json";

/** Settings of a read. Every limit has a default. */
export interface HtcdsReadOptions {
  /** Today as `YYYY-MM-DD` in the installation's time zone; birth dates after it are errors. Default: today in UTC. */
  readonly today?: string;
  /** How to read `03/04/2024`-style text dates. Without it such dates are errors; ISO dates always read. */
  readonly dateOrder?: DateOrder;
  /** Most non-empty rows a file may hold. Default 50,000. */
  readonly maxRows?: number;
  /** Largest file, in bytes. Default 64 MiB (50,000 fully filled rows take about 40 MB as CSV). */
  readonly maxBytes?: number;
  /** Largest total of the parts of an .xlsx once unpacked, in bytes. Default 256 MiB. */
  readonly maxUnpackedBytes?: number;
  /** Errors collected before reading stops. Default 1,000. */
  readonly maxErrors?: number;
}

/** What a read found. `rows` holds only rows without errors; import when `errors` is empty. */
export interface HtcdsReadResult {
  readonly rows: HtcdsReadRow[];
  readonly errors: HtcdsReadError[];
  readonly columns: HtcdsColumn[];
}

export const DEFAULT_MAX_ROWS = 50_000;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
export const DEFAULT_MAX_ERRORS = 1_000;

const fileError = (code: HtcdsReadErrorCode, message: string): HtcdsReadResult => ({
  rows: [],
  columns: [],
  errors: [{ row: 0, field: "", code, message }],
});

/**
 * Reads HTCDS case rows from an .xlsx (IOM's template, or any sheet with HTCDS keys in
 * row 1), a CSV with an HTCDS key header, or a JSON array of objects keyed by HTCDS keys.
 * Every row and field is validated and every problem reported with the row the user sees;
 * a file that cannot be parsed gives one error. Throws only if `input` itself fails (a
 * stream error) or on a bug.
 */
export async function readHtcdsRows(
  input: Uint8Array | Readable,
  format: HtcdsFileFormat,
  options: HtcdsReadOptions = {},
): Promise<HtcdsReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readAll(input, maxBytes);
  if (bytes === undefined) {
    return fileError(
      "file_too_large",
      `The file is larger than ${maxBytes} bytes; split it into smaller files.`,
    );
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new TypeError("options.today must be YYYY-MM-DD");
  const collector = new RowCollector({
    today,
    dateOrder: options.dateOrder,
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
    maxErrors: options.maxErrors ?? DEFAULT_MAX_ERRORS,
  });
  switch (format) {
    case "xlsx":
      return readXlsx(bytes, collector, options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES);
    case "csv":
      return readCsv(bytes, collector);
    case "json":
      return readJson(bytes, collector);
  }
}

async function readAll(input: Uint8Array | Readable, maxBytes: number): Promise<Uint8Array | undefined> {
  if (input instanceof Uint8Array) return input.byteLength > maxBytes ? undefined : input;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.byteLength;
    if (size > maxBytes) {
      input.destroy();
      return undefined;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

const isKeyRow = (cells: readonly unknown[]) =>
  cells.some((cell) => typeof cell === "string" && matchFieldKey(cell).ok);

async function readXlsx(
  bytes: Uint8Array,
  collector: RowCollector,
  maxUnpacked: number,
): Promise<HtcdsReadResult> {
  const opened = await openXlsx(bytes, maxUnpacked, isKeyRow);
  if (!opened.ok) return fileError("malformed_file", opened.message);
  const table = new TableReader(collector, columnLetters);
  try {
    for await (const { rowNumber, cells, hidden } of opened.rows) table.push(rowNumber, cells, hidden);
  } catch (error) {
    if (!(error instanceof ReadStopped)) {
      return fileError(
        "malformed_file",
        "The workbook is damaged and could not be read to the end. Open it in Excel or LibreOffice and save it again as .xlsx.",
      );
    }
    return collector.finish([]);
  }
  return finishTable(table, collector);
}

function finishTable(table: TableReader, collector: RowCollector): HtcdsReadResult {
  try {
    return collector.finish(table.end());
  } catch (error) {
    if (error instanceof ReadStopped) return collector.finish([]);
    throw error;
  }
}

function decodeText(
  bytes: Uint8Array,
  kind: string,
): { ok: true; text: string } | { ok: false; result: HtcdsReadResult } {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return {
      ok: false,
      result: fileError("malformed_file", `This looks like an .xlsx or .zip file, not ${kind}.`),
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      result: fileError("malformed_file", `The ${kind} file is UTF-16 text; save it as UTF-8.`),
    };
  }
  try {
    // ignoreBOM: false drops a leading UTF-8 byte-order mark.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      ok: false,
      result: fileError(
        "malformed_file",
        `The ${kind} file is not UTF-8 text. In Excel choose "CSV UTF-8" when saving; elsewhere choose the UTF-8 encoding.`,
      ),
    };
  }
}

function readCsv(bytes: Uint8Array, collector: RowCollector): HtcdsReadResult {
  const decoded = decodeText(bytes, "CSV");
  if (!decoded.ok) return decoded.result;
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return fileError("malformed_file", `The CSV file is malformed. ${parsed.message}`);
  const table = new TableReader(collector, (index) => `${index + 1} (${columnLetters(index)})`);
  try {
    for (const { record, cells } of parsed.records) table.push(record, cells);
  } catch (error) {
    if (error instanceof ReadStopped) return collector.finish([]);
    throw error;
  }
  return finishTable(table, collector);
}

function readJson(bytes: Uint8Array, collector: RowCollector): HtcdsReadResult {
  const decoded = decodeText(bytes, "JSON");
  if (!decoded.ok) return decoded.result;
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    return fileError("malformed_file", `The JSON file is malformed${detail}.`);
  }
  if (!Array.isArray(data)) {
    return fileError(
      "malformed_file",
      "The JSON file must be an array of objects keyed by HTCDS field keys.",
    );
  }
  const columns = new Map<HtcdsCaseRowField, HtcdsColumn>();
  const reported = new Set<string>();
  try {
    data.forEach((item: unknown, index) => {
      const rowNumber = index + 1;
      if (item === null || typeof item !== "object" || Array.isArray(item)) {
        collector.error(rowNumber, "", "invalid_value", "must be an object keyed by HTCDS field keys");
        return;
      }
      const cells: [HtcdsCaseRowField, unknown][] = [];
      for (const [key, value] of Object.entries(item)) {
        const match = matchFieldKey(key);
        if (!match.ok) {
          // Once per key: a misspelt key in every record is one mistake.
          if (!reported.has(key)) {
            reported.add(key);
            collector.error(rowNumber, key, "unknown_column", jsonKeyMessage(key, match.reason));
          }
          continue;
        }
        if (cells.some(([field]) => field === match.field)) {
          collector.error(
            rowNumber,
            match.field,
            "duplicate_column",
            `${match.field} is given twice in this record`,
          );
          continue;
        }
        if (!columns.has(match.field))
          columns.set(match.field, { field: match.field, header: key, column: key });
        cells.push([match.field, value]);
      }
      collector.addRow(rowNumber, cells);
    });
  } catch (error) {
    if (error instanceof ReadStopped) return collector.finish([]);
    throw error;
  }
  return collector.finish([...columns.values()]);
}

function jsonKeyMessage(key: string, reason: "deprecated" | "other_table" | "unknown"): string {
  switch (reason) {
    case "deprecated":
      return `${key} is deprecated in HTCDS 2.0; remove it`;
    case "other_table":
      return `${key} is an HTCDS field that is not part of a case row (person, victim, case, consent); remove it`;
    case "unknown":
      return `"${key}" is not an HTCDS field key; correct or remove it`;
  }
}
