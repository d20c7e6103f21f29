import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { csvRows, neutraliseFormula } from "../files/csv.ts";
import {
  caseRowField,
  HTCDS_CASE_ROW_FIELDS,
  IOM_TEMPLATE_FIELDS,
  isHtcdsCaseRowField,
  type HtcdsCaseRow,
  type HtcdsCaseRowField,
} from "./case-row.ts";
import { encryptedZip } from "./encrypted-zip.ts";
import type { HtcdsFileFormat } from "./read-rows.ts";

/** Settings of a write. */
export interface HtcdsWriteOptions {
  /**
   * The columns to write (the fields the exporter may see), in the files' usual order
   * whatever order they are given in. Default: the IOM template's columns plus every other
   * field that some row fills.
   */
  readonly fields?: readonly HtcdsCaseRowField[];
  /** Wraps the file in an AES-256 encrypted zip opened with this password. */
  readonly password?: string;
  /** Name of the file inside the encrypted zip. Default `htcds-cases.<format>`. */
  readonly fileName?: string;
}

/**
 * Writes case rows as IOM's template layout (.xlsx: hidden key row 1, labels in row 2,
 * data from row 3, row numbers in column A, dates as dates), as CSV (UTF-8 with BOM, key
 * header) or as JSON (an array of objects keyed by HTCDS keys). Spreadsheet text that could
 * run as a formula is neutralised. Multi-selects are joined with `;` in xlsx and CSV.
 */
export async function writeHtcdsRows(
  rows: readonly HtcdsCaseRow[],
  format: HtcdsFileFormat,
  options: HtcdsWriteOptions = {},
): Promise<Buffer> {
  const fields = chooseFields(rows, options.fields);
  let content: Buffer;
  switch (format) {
    case "xlsx":
      content = await writeXlsx(rows, fields);
      break;
    case "csv":
      content = writeCsv(rows, fields);
      break;
    case "json":
      content = writeJson(rows, fields);
      break;
  }
  if (options.password === undefined) return content;
  const fileName = options.fileName ?? `htcds-cases.${format}`;
  if (!/^[\w .-]+$/.test(fileName)) throw new TypeError("fileName must be a plain file name");
  return encryptedZip(fileName, content, options.password);
}

function chooseFields(
  rows: readonly HtcdsCaseRow[],
  wanted: readonly HtcdsCaseRowField[] | undefined,
): readonly HtcdsCaseRowField[] {
  if (wanted !== undefined) {
    const unknown = wanted.filter((key) => !isHtcdsCaseRowField(key));
    if (unknown.length > 0) throw new TypeError(`not case-row fields: ${unknown.join(", ")}`);
    const set = new Set(wanted);
    return HTCDS_CASE_ROW_FIELDS.filter((key) => set.has(key));
  }
  const template: ReadonlySet<HtcdsCaseRowField> = new Set(IOM_TEMPLATE_FIELDS);
  const filled = new Set<HtcdsCaseRowField>();
  for (const row of rows) for (const key of Object.keys(row)) if (isHtcdsCaseRowField(key)) filled.add(key);
  return HTCDS_CASE_ROW_FIELDS.filter((key) => template.has(key) || filled.has(key));
}

const isDateField = (key: HtcdsCaseRowField) => caseRowField(key).type === "Date";

/** A value as a spreadsheet cell: text neutralised, lists joined, dates as Date when asked. */
function spreadsheetCell(key: HtcdsCaseRowField, value: unknown, datesAsDates: boolean): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return neutraliseFormula(value.join(";"));
  if (typeof value === "string") {
    if (isDateField(key) && datesAsDates) return isoToDate(value);
    return neutraliseFormula(value);
  }
  return value;
}

function isoToDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  // Rows come from a read or from the database, both of which hold ISO dates; anything else is a bug.
  if (match === null) throw new TypeError("dates in rows must be YYYY-MM-DD");
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

async function writeXlsx(
  rows: readonly HtcdsCaseRow[],
  fields: readonly HtcdsCaseRowField[],
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet("Sheet1", { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
  sheet.columns = [{ width: 6 }, ...fields.map((key) => ({ width: isDateField(key) ? 14 : 24 }))];

  const keys = sheet.addRow([null, ...fields]);
  keys.hidden = true;
  keys.commit();
  const labels = sheet.addRow([null, ...fields.map((key) => caseRowField(key).label)]);
  labels.font = { bold: true };
  labels.alignment = { wrapText: true, vertical: "top" };
  labels.commit();

  rows.forEach((row, index) => {
    const line = sheet.addRow([index + 1, ...fields.map((key) => spreadsheetCell(key, row[key], true))]);
    fields.forEach((key, column) => {
      if (isDateField(key)) line.getCell(column + 2).numFmt = "yyyy-mm-dd";
    });
    line.commit();
  });
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}

const UTF8_BOM = "\uFEFF";

function writeCsv(rows: readonly HtcdsCaseRow[], fields: readonly HtcdsCaseRowField[]): Buffer {
  const body = csvRows(
    fields,
    rows.map((row) => fields.map((key) => spreadsheetCell(key, row[key], false))),
  );
  // The byte-order mark makes Excel read the file as UTF-8 rather than the local code page.
  return Buffer.from(UTF8_BOM + body, "utf8");
}

function writeJson(rows: readonly HtcdsCaseRow[], fields: readonly HtcdsCaseRowField[]): Buffer {
  const objects = rows.map((row) => {
    const object: Record<string, unknown> = {};
    for (const key of fields) if (row[key] !== undefined) object[key] = row[key];
    return object;
  });
  // One record per line: compact, yet readable and diffable.
  const lines = objects.map((object) => JSON.stringify(object));
  return Buffer.from(lines.length === 0 ? "[]\n" : `[\n${lines.join(",\n")}\n]\n`, "utf8");
}
