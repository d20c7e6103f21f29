import { createReadStream } from "node:fs";
import {
  AdFileError,
  CsvAdReader,
  objectToAd,
  parseJsonObject,
  type AdInput,
  type ColumnMapping as AdColumnMapping,
  type MappedField,
  type RowProblem,
  type RowRules,
} from "@ariadne/detect";

export type { RowProblem };

/** Which input fields hold what, and which of them the user named (they must exist). */
export type ColumnMapping = AdColumnMapping & { explicit: ReadonlySet<MappedField> };

export type InputRow =
  { kind: "ad"; ad: AdInput; repaired: boolean } | { kind: "invalid"; row: number; problem: RowProblem };

/** A file scanned once: a row without an id is named after its number; blank text is no text. */
const SCAN_RULES: RowRules = { id: "row-number", blankTextMissing: true };

/** Where JSON lines are parsed (in the worker threads, off the reading thread). */
export function parseJsonLine(
  line: string,
  mapping: ColumnMapping,
  row: number,
): { row: InputRow; hasText: boolean; keys?: string[] } {
  const record = parseJsonObject(line);
  if (typeof record === "string") return { row: { kind: "invalid", row, problem: record }, hasText: false };
  const ad = objectToAd(record, mapping, row, SCAN_RULES);
  return {
    row: ad.kind === "ad" ? ad : { kind: "invalid", row, problem: ad.reason },
    hasText: mapping.text in record,
    ...(row === 1 ? { keys: Object.keys(record) } : {}),
  };
}

/** Input that cannot be read as asked: the command exits 2 with this message. */
export class ScanInputError extends Error {}

/** How far through the file the reader is, for the progress bar. */
export interface ReadPosition {
  bytes: number;
}

const CHUNK = 1 << 20;

async function* decodedChunks(file: string, position: ReadPosition): AsyncGenerator<string> {
  // Invalid UTF-8 becomes U+FFFD; rows that contain it are counted as repaired.
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const stream = createReadStream(file, { highWaterMark: CHUNK });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    position.bytes += chunk.length;
    yield decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/**
 * Whether a line holds only what `String.prototype.trim` removes, read from its UTF-8 bytes:
 * ASCII white space and the encodings of U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
 * U+205F, U+3000 and U+FEFF. (Invalid bytes decode to U+FFFD, which is not white space.)
 */
export function isBlankLine(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) {
      i++;
      continue;
    }
    const b1 = i + 1 < end ? (bytes[i + 1] ?? 0) : -1;
    const b2 = i + 2 < end ? (bytes[i + 2] ?? 0) : -1;
    if (b === 0xc2 && b1 === 0xa0) i += 2;
    else if (b === 0xe1 && b1 === 0x9a && b2 === 0x80) i += 3;
    else if (
      b === 0xe2 &&
      b1 === 0x80 &&
      ((b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf)
    )
      i += 3;
    else if (b === 0xe2 && b1 === 0x81 && b2 === 0x9f) i += 3;
    else if (b === 0xe3 && b1 === 0x80 && b2 === 0x80) i += 3;
    else if (b === 0xef && b1 === 0xbb && b2 === 0xbf) i += 3;
    else return false;
  }
  return true;
}

/** A batch of a JSON-lines file's rows as UTF-8: each row followed by "\n", blank lines left out. */
export interface LineBatch {
  bytes: Uint8Array;
  rows: number;
}

/**
 * The non-blank lines of a JSON-lines file, `batchSize` at a time, as bytes: the reading thread
 * only looks for line ends (the threads that parse the rows decode them). A byte-order mark at
 * the start of the file is dropped, as a text decoder would. Decoding a row on its own gives the
 * same text as decoding the whole file, since a line end is never part of a multi-byte sequence.
 */
export async function* readJsonLines(
  file: string,
  position: ReadPosition,
  batchSize: number,
  chunkSize = CHUNK,
): AsyncGenerator<LineBatch> {
  const stream = createReadStream(file, { highWaterMark: chunkSize });
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let rows = 0;
  let rest: Uint8Array | undefined;
  let first = true;
  const take = (): LineBatch => {
    const bytes = new Uint8Array(pendingBytes);
    let at = 0;
    for (const piece of pending) {
      bytes.set(piece, at);
      at += piece.length;
    }
    const batch = { bytes, rows };
    pending = [];
    pendingBytes = 0;
    rows = 0;
    return batch;
  };
  const add = (data: Uint8Array, start: number, end: number) => {
    if (first) {
      // A byte-order mark at the start of the file is not text.
      first = false;
      if (end - start >= 3 && data[start] === 0xef && data[start + 1] === 0xbb && data[start + 2] === 0xbf) {
        start += 3;
      }
    }
    if (isBlankLine(data, start, end)) return;
    // The line with its "\n" (one is added to a last line that has none).
    if (end < data.length && data[end] === 0x0a) pending.push(data.subarray(start, end + 1));
    else pending.push(data.subarray(start, end), NEWLINE);
    pendingBytes += end - start + 1;
    rows++;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    position.bytes += chunk.length;
    const data: Uint8Array = chunk;
    let start = 0;
    let nl = data.indexOf(0x0a);
    if (rest && nl !== -1) {
      // The line that began in the previous piece.
      const joined = new Uint8Array(rest.length + nl + 1);
      joined.set(rest);
      joined.set(data.subarray(0, nl + 1), rest.length);
      add(joined, 0, joined.length - 1);
      rest = undefined;
      start = nl + 1;
      nl = data.indexOf(0x0a, start);
      if (rows >= batchSize) yield take();
    }
    for (; nl !== -1; nl = data.indexOf(0x0a, start)) {
      add(data, start, nl);
      start = nl + 1;
      if (rows >= batchSize) yield take();
    }
    if (start < data.length) {
      const tail = data.subarray(start);
      if (rest) {
        const joined = new Uint8Array(rest.length + tail.length);
        joined.set(rest);
        joined.set(tail, rest.length);
        rest = joined;
      } else rest = Uint8Array.from(tail);
    }
    if (rows >= batchSize) yield take();
  }
  if (rest) add(rest, 0, rest.length);
  if (rows > 0) yield take();
}

const NEWLINE = Uint8Array.of(0x0a);

/** The rows of a `LineBatch`, decoded (invalid UTF-8 becomes U+FFFD). */
export function decodeRows(bytes: Uint8Array): string[] {
  const text = rowDecoder.decode(bytes);
  const rows = text.split("\n");
  rows.pop();
  return rows;
}

const rowDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/**
 * Rows of a CSV file with a header line (see `CsvAdReader`); a mapped column missing from the
 * header fails fast, naming the columns found.
 */
export async function* readCsv(
  file: string,
  mapping: ColumnMapping,
  position: ReadPosition,
  delimiter = ",",
): AsyncGenerator<InputRow> {
  const reader = new CsvAdReader(mapping, { delimiter, rules: SCAN_RULES });
  try {
    for await (const chunk of decodedChunks(file, position)) {
      for (const row of reader.push(chunk)) {
        yield row.kind === "ad" ? row : { kind: "invalid", row: row.row, problem: row.reason };
      }
    }
    for (const row of reader.end()) {
      yield row.kind === "ad" ? row : { kind: "invalid", row: row.row, problem: row.reason };
    }
  } catch (error) {
    if (!(error instanceof AdFileError)) throw error;
    throw new ScanInputError(fileProblem(error, file));
  }
}

/** What is wrong with the file, in the command's words (naming the file). */
function fileProblem(error: AdFileError, file: string): string {
  if (error.column) {
    const { role, name, found } = error.column;
    return `the ${role} column "${name}" is not in ${file}; columns found: ${found.join(", ") || "(none)"}`;
  }
  if (error.code === "header_too_long") return `the header line of ${file} is too long`;
  return `${file} is empty: a CSV file needs a header line`;
}
