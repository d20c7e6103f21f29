import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { IOM_TEMPLATE_FIELDS, type HtcdsCaseRowField } from "./case-row.ts";

/** Shared by this folder's tests only. */
export const TODAY = "2026-06-01";

export const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

export const IOM_TEMPLATE = fixture("iom-htcds-excel-spreadsheet-v2.0.xlsx");

/** The template's column number (A = 1) of a field. */
export function templateColumn(field: HtcdsCaseRowField): number {
  const index = (IOM_TEMPLATE_FIELDS as readonly string[]).indexOf(field);
  if (index === -1) throw new Error(`${field} is not a template column`);
  return index + 2;
}

export function firstSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error("workbook without a sheet");
  return sheet;
}

/** Loads an .xlsx in memory (fine for test-sized files), lets `edit` change it, saves it. */
export async function editWorkbook(
  xlsx: Uint8Array,
  edit: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const workbook = await loadWorkbook(xlsx);
  edit(firstSheet(workbook));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function loadWorkbook(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its Buffer as an ArrayBuffer; a copy gives it one.
  await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
  return workbook;
}

/** A workbook built from plain rows (row 1 first). */
export async function workbookOf(rows: readonly (readonly unknown[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Cases");
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
