import ExcelJS from "exceljs";
import {
  checkTable,
  describeProtection,
  tableGrid,
  WITHHELD_FOOTNOTE,
  WITHHELD_SIGN,
  type StatTable,
} from "./stat-table.ts";

type Value = number | string | null;

/**
 * One sheet per table and a "Method" sheet with each table's protection. Numbers are
 * numbers; a withheld value is the text ":" with a footnote under the table, as Eurostat
 * prints it. A two-way table is laid out as a cross-table (first dimension down, second
 * across); other tables as a list.
 */
export async function toXlsx(tables: readonly StatTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ariadne";
  const names = new Set<string>(["method"]);
  const sheetNames: string[] = [];
  for (const table of tables) {
    checkTable(table);
    const name = sheetName(table.id, names);
    sheetNames.push(name);
    writeTableSheet(workbook.addWorksheet(name), table);
  }
  writeMethodSheet(workbook.addWorksheet("Method"), tables, sheetNames);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}

function writeTableSheet(sheet: ExcelJS.Worksheet, table: StatTable): void {
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow([
    [`Unit: ${table.unit}`, table.year === undefined ? "" : `Year: ${table.year}`]
      .filter(Boolean)
      .join(" · "),
  ]);
  sheet.addRow([]);

  const grid = layout(table);
  const header = sheet.addRow(grid.header);
  header.font = { bold: true };
  for (const values of grid.rows) {
    const row = sheet.addRow(values);
    row.eachCell((cell) => {
      if (cell.value === WITHHELD_SIGN) cell.alignment = { horizontal: "right" };
    });
  }
  sheet.getColumn(1).width = Math.min(
    50,
    Math.max(14, ...grid.rows.map((r) => String(r[0] ?? "").length + 2)),
  );
  for (let c = 2; c <= grid.header.length; c += 1) sheet.getColumn(c).width = 14;

  sheet.addRow([]);
  if (table.cells.some((c) => c.value === null)) sheet.addRow([WITHHELD_FOOTNOTE]).font = { italic: true };
  sheet.addRow([`Protection: ${describeProtection(table.protection)}`]).font = { italic: true };
  if (table.protection.note !== "") sheet.addRow([table.protection.note]).font = { italic: true };
}

function layout(table: StatTable): { header: string[]; rows: Value[][] } {
  const shown = (v: number | null | undefined): Value =>
    v === undefined ? null : v === null ? WITHHELD_SIGN : v;
  const grid = tableGrid(table);
  return {
    header: [grid.corner, ...grid.columns],
    rows: grid.rows.map((r) => [r.label, ...r.values.map(shown)]),
  };
}

function writeMethodSheet(
  sheet: ExcelJS.Worksheet,
  tables: readonly StatTable[],
  sheetNames: readonly string[],
): void {
  sheet.addRow(["How these tables are protected"]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  sheet.addRow(["Sheet", "Table", "Method", "Threshold", "ε", "δ", "ρ", "What it means", "Note"]).font = {
    bold: true,
  };
  tables.forEach((t, i) => {
    const p = t.protection;
    sheet.addRow([
      sheetNames[i] ?? "",
      t.title,
      p.method,
      p.threshold ?? null,
      p.epsilon ?? null,
      p.delta ?? null,
      p.rho ?? null,
      describeProtection(p),
      p.note,
    ]);
  });
  sheet.addRow([]);
  sheet.addRow([WITHHELD_FOOTNOTE]).font = { italic: true };
  sheet.getColumn(1).width = 20;
  sheet.getColumn(2).width = 40;
  sheet.getColumn(8).width = 80;
  sheet.getColumn(9).width = 40;
}

/** Excel's rules: at most 31 characters, none of []:*?/\, unique regardless of case. */
function sheetName(id: string, taken: Set<string>): string {
  const base = id.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Table";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = `_${n}`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}
