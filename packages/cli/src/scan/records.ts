import { createReadStream } from "node:fs";
import type { AdInput } from "@ariadne/detect";
import { CsvReader } from "./csv.ts";

/** Which input fields hold what. */
export interface ColumnMapping {
  id: string;
  text: string;
  title?: string | undefined;
  date?: string | undefined;
  place?: string | undefined;
  /** Which of the above were named by the user (they must exist). */
  explicit: ReadonlySet<"id" | "title" | "date" | "place">;
}

/** A row that could not become an ad, and why. */
export type RowProblem = "invalid_json" | "not_an_object" | "missing_text";

export type InputRow =
  | { kind: "ad"; ad: AdInput; repaired: boolean }
  | { kind: "line"; line: string; row: number }
  | { kind: "invalid"; row: number; problem: RowProblem };

/** Where JSON lines are parsed (in the worker threads, off the reading thread). */
export function parseJsonLine(
  line: string,
  mapping: ColumnMapping,
  row: number,
): { row: InputRow; hasText: boolean; keys?: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { row: { kind: "invalid", row, problem: "invalid_json" }, hasText: false };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { row: { kind: "invalid", row, problem: "not_an_object" }, hasText: false };
  }
  const record = value as Record<string, unknown>;
  return {
    row: toAd((name) => record[name], mapping, row),
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

function field(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function toAd(get: (name: string) => unknown, mapping: ColumnMapping, row: number): InputRow {
  const text = field(get(mapping.text));
  if (text === undefined || text.trim() === "") return { kind: "invalid", row, problem: "missing_text" };
  const id = field(get(mapping.id));
  const title = mapping.title ? field(get(mapping.title)) : undefined;
  const ad: AdInput = {
    id: id !== undefined && id.trim() !== "" ? id.trim() : `row-${row}`,
    text,
    ...(title !== undefined ? { title } : {}),
    ...(mapping.date ? { date: field(get(mapping.date)) } : {}),
    ...(mapping.place ? { place: field(get(mapping.place)) } : {}),
  };
  const repaired = text.includes("\ufffd") || (title?.includes("\ufffd") ?? false);
  return { kind: "ad", ad, repaired };
}

/** Lines of a JSON-lines file, read in 1 MiB pieces; blank lines are not rows. */
export async function* readJsonLines(file: string, position: ReadPosition): AsyncGenerator<InputRow> {
  let rest = "";
  let row = 0;
  for await (const chunk of decodedChunks(file, position)) {
    const text = rest + chunk;
    let start = 0;
    for (let nl = text.indexOf("\n", start); nl !== -1; nl = text.indexOf("\n", start)) {
      const line = text.slice(start, nl);
      start = nl + 1;
      if (line.trim() !== "") yield { kind: "line", line, row: ++row };
    }
    rest = text.slice(start);
  }
  if (rest.trim() !== "") yield { kind: "line", line: rest, row: row + 1 };
}

/** Rows of a CSV file with a header line; a mapped column missing from the header fails fast. */
export async function* readCsv(
  file: string,
  mapping: ColumnMapping,
  position: ReadPosition,
  delimiter = ",",
): AsyncGenerator<InputRow> {
  const reader = new CsvReader(delimiter);
  let header: Map<string, number> | undefined;
  let row = 0;
  const handle = (record: string[]): InputRow | undefined => {
    if (!header) {
      header = new Map(record.map((name, i) => [name.trim(), i]));
      const found = record.map((n) => n.trim()).join(", ");
      const need: [string, string | undefined][] = [["text", mapping.text]];
      for (const key of mapping.explicit) need.push([key, mapping[key]]);
      for (const [role, name] of need) {
        if (name !== undefined && !header.has(name)) {
          throw new ScanInputError(
            `the ${role} column "${name}" is not in ${file}; columns found: ${found || "(none)"}`,
          );
        }
      }
      return undefined;
    }
    row++;
    const columns = header;
    return toAd(
      (name) => {
        const at = columns.get(name);
        return at === undefined ? undefined : record[at];
      },
      mapping,
      row,
    );
  };
  for await (const chunk of decodedChunks(file, position)) {
    for (const record of reader.push(chunk)) {
      const r = handle(record);
      if (r) yield r;
    }
  }
  for (const record of reader.end()) {
    const r = handle(record);
    if (r) yield r;
  }
  if (!header) throw new ScanInputError(`${file} is empty: a CSV file needs a header line`);
}
