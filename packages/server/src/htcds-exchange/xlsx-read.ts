import { Readable } from "node:stream";
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter, type FileEntry } from "@zip.js/zip.js";
import ExcelJS from "exceljs";
import { CellProblem } from "./field-values.ts";

/** A workbook's first sheet with HTCDS keys, row by row; or why it cannot be read. */
export type XlsxRows = { ok: true; rows: AsyncIterable<XlsxRow> } | { ok: false; message: string };

/** A row of the chosen sheet; `hidden` is known for row 1 only (IOM hides its key row). */
export interface XlsxRow {
  readonly rowNumber: number;
  readonly cells: unknown[];
  readonly hidden: boolean;
}

const UNREADABLE =
  "The file could not be read as an Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it again as .xlsx.";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** The parts exceljs's streaming reader needs, in the order it needs them. */
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const WORKBOOK = "xl/workbook.xml";
const STYLES = "xl/styles.xml";
const SHARED_STRINGS = "xl/sharedStrings.xml";
const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const PARTS = [WORKBOOK_RELS, WORKBOOK, STYLES, SHARED_STRINGS];
const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

class TooLarge extends Error {}

/**
 * Opens an .xlsx held in memory.
 *
 * exceljs's in-memory reader needs gigabytes for 50,000 rows, so rows are streamed. Its
 * streaming reader, though, copies a sheet to an unencrypted temporary file whenever the
 * sheet precedes the shared strings in the zip, which is the order Excel writes; case data
 * must not land on disk in clear. So the parts it needs are unpacked here (within
 * `maxUnpackedBytes`, which also stops zip bombs) and handed to it in a fresh zip whose
 * order lets it stream without temporary files.
 */
export async function openXlsx(
  bytes: Uint8Array,
  maxUnpackedBytes: number,
  isKeyRow: (cells: readonly unknown[]) => boolean,
): Promise<XlsxRows> {
  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      ok: false,
      message:
        "This is an old-format Excel file (.xls) or a password-protected workbook. Remove the password and save it as .xlsx.",
    };
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, message: UNREADABLE };
  let reordered: Uint8Array;
  let hiddenFirstRows: readonly boolean[];
  try {
    const parts = await unpackParts(bytes, maxUnpackedBytes);
    if (parts === undefined) return { ok: false, message: UNREADABLE };
    hiddenFirstRows = sheetsWithHiddenFirstRow(parts);
    reordered = await repack(parts);
  } catch (error) {
    if (error instanceof TooLarge) {
      return { ok: false, message: `The workbook unpacks to more than ${maxUnpackedBytes} bytes; split it.` };
    }
    return { ok: false, message: UNREADABLE };
  }
  return { ok: true, rows: sheetRows(reordered, isKeyRow, hiddenFirstRows) };
}

async function unpackParts(bytes: Uint8Array, budget: number): Promise<Map<string, Uint8Array> | undefined> {
  // CRC checks catch corrupted parts; overlap checks catch zip bombs built from shared data.
  const reader = new ZipReader(new Uint8ArrayReader(bytes), {
    useWebWorkers: false,
    checkCrc32: true,
    checkOverlappingEntry: true,
  });
  try {
    const entries = await reader.getEntries();
    const wanted = entries.filter(
      (e): e is FileEntry => !e.directory && (PARTS.includes(e.filename) || SHEET.test(e.filename)),
    );
    if (!wanted.some((e) => e.filename === WORKBOOK) || !wanted.some((e) => SHEET.test(e.filename))) {
      return undefined;
    }
    if (wanted.some((e) => e.encrypted)) return undefined;
    if (wanted.reduce((sum, e) => sum + e.uncompressedSize, 0) > budget) throw new TooLarge();
    const parts = new Map<string, Uint8Array>();
    let left = budget;
    for (const entry of wanted) {
      // The declared size can lie; count what actually comes out.
      const chunks: Uint8Array[] = [];
      const sink = new WritableStream<Uint8Array>({
        write(chunk) {
          left -= chunk.byteLength;
          if (left < 0) throw new TooLarge();
          chunks.push(chunk);
        },
      });
      await entry.getData(sink);
      const part = Buffer.concat(chunks);
      // exceljs ends a truncated sheet silently, as if it had no more rows.
      if (!/<\/([\w-]+:)?(worksheet|workbook|styleSheet|sst|Relationships)>\s*$/.test(tail(part)))
        return undefined;
      parts.set(entry.filename, part);
    }
    return parts;
  } finally {
    await reader.close();
  }
}

const tail = (part: Buffer) => part.subarray(Math.max(0, part.byteLength - 200)).toString("utf8");

async function repack(parts: Map<string, Uint8Array>): Promise<Uint8Array> {
  const order = [WORKBOOK_RELS, WORKBOOK, STYLES, SHARED_STRINGS, ...sheetParts(parts)];
  const writer = new ZipWriter(new Uint8ArrayWriter(), { level: 0, useWebWorkers: false });
  for (const name of order) {
    const data =
      parts.get(name) ??
      (name === SHARED_STRINGS ? new TextEncoder().encode(EMPTY_SHARED_STRINGS) : undefined);
    if (data !== undefined) await writer.add(name, new Uint8ArrayReader(data));
  }
  return writer.close();
}

const sheetNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
const bySheetNumber = (a: string, b: string) => sheetNumber(a) - sheetNumber(b);

const sheetParts = (parts: Map<string, Uint8Array>) =>
  [...parts.keys()].filter((name) => SHEET.test(name)).sort(bySheetNumber);

/**
 * Whether row 1 is hidden (as in IOM's template), per sheet in the order `repack` writes
 * them. exceljs's streaming reader does not report hidden rows, so the first <row> tag is
 * read here.
 */
function sheetsWithHiddenFirstRow(parts: Map<string, Uint8Array>): boolean[] {
  return sheetParts(parts).map((name) => {
    // Row 1 comes before any data; the column definitions before it are small.
    const head = Buffer.from(parts.get(name)?.subarray(0, 1024 * 1024) ?? []).toString("utf8");
    const tag = /<(?:[\w-]+:)?row\b[^>]*>/.exec(head)?.[0] ?? "";
    return /\br="1"/.test(tag) && /\bhidden="(?:1|true)"/.test(tag);
  });
}

/**
 * The zip in small pieces: exceljs collects every XML event of a piece before it yields a
 * row, so one large piece would hold the whole sheet's events in memory.
 */
function* chunks(zip: Uint8Array, size = 64 * 1024): Generator<Buffer> {
  for (let start = 0; start < zip.byteLength; start += size) {
    yield Buffer.from(zip.buffer, zip.byteOffset + start, Math.min(size, zip.byteLength - start));
  }
}

/**
 * The rows of the first sheet whose row 1 holds HTCDS keys; other sheets (instructions,
 * picklists) are skipped. Cells are 0-based (index 0 is column A).
 */
async function* sheetRows(
  zip: Uint8Array,
  isKeyRow: (cells: readonly unknown[]) => boolean,
  hiddenFirstRows: readonly boolean[],
): AsyncIterable<XlsxRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks(zip)), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let chosen = false;
  // exceljs emits one sheet per sheet part, in the zip's order, which repack chose.
  let index = -1;
  for await (const sheet of workbook) {
    index += 1;
    let first = true;
    let use = false;
    for await (const row of sheet) {
      const cells = (row.values as unknown[]).slice(1).map(cellValue);
      if (first) {
        first = false;
        use = !chosen && row.number === 1 && isKeyRow(cells);
        if (use) chosen = true;
      }
      if (use) {
        yield { rowNumber: row.number, cells, hidden: row.number === 1 && hiddenFirstRows[index] === true };
      }
    }
  }
}

/** An exceljs cell value as a plain value: text, number, boolean, Date, null or a CellProblem. */
export function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  const v = value as Record<string, unknown>;
  if ("result" in v) return cellValue(v.result);
  if ("formula" in v || "sharedFormula" in v) {
    return new CellProblem("holds a formula without a stored result; replace it by its value");
  }
  if (typeof v.error === "string") return new CellProblem(`holds the Excel error ${v.error}`);
  if (Array.isArray(v.richText)) {
    return v.richText
      .map((part: unknown) => {
        const text = (part as { text?: unknown }).text;
        return typeof text === "string" ? text : "";
      })
      .join("");
  }
  if (typeof v.text === "string") return v.text;
  return new CellProblem("holds a value of an unsupported kind");
}
