import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toXlsx } from "./table-xlsx.ts";
import { formsTable, sexByAgeTable } from "./test-tables.ts";

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number): unknown[] => {
  const values = sheet.getRow(n).values;
  return Array.isArray(values) ? values.slice(1) : [];
};

describe("toXlsx", () => {
  it("writes one sheet per table and a Method sheet", async () => {
    const workbook = await readBack(await toXlsx([sexByAgeTable(), formsTable()]));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["victims-sex-age", "victims-form", "Method"]);
  });

  it("lays a two-way table out as a cross-table: numbers as numbers, withheld as ':' with a footnote", async () => {
    const sheet = (await readBack(await toXlsx([sexByAgeTable()]))).getWorksheet("victims-sex-age");
    if (!sheet) throw new Error("sheet missing");
    expect(rowValues(sheet, 1)).toEqual(["Registered victims by sex and age group"]);
    expect(rowValues(sheet, 4)).toEqual(["Sex \\ Age group", "Child", "Adult", "Total"]);
    expect(rowValues(sheet, 5)).toEqual(["Female", ":", 12, 15]);
    expect(rowValues(sheet, 7)).toEqual(["Total", 5, 19, 24]);
    expect(typeof sheet.getCell("C5").value).toBe("number");
    expect(sheet.getCell("A9").text).toMatch(/^: withheld/);
  });

  it("lists a one-way table and says in Method how each table is protected", async () => {
    const workbook = await readBack(await toXlsx([formsTable(), sexByAgeTable()]));
    const forms = workbook.getWorksheet("victims-form");
    expect(forms && rowValues(forms, 5)).toEqual(["Sexual exploitation", 14]);
    expect(forms && rowValues(forms, 7)).toEqual(["Forced begging", ":"]);
    const method = workbook.getWorksheet("Method");
    if (!method) throw new Error("Method sheet missing");
    expect(rowValues(method, 4).slice(0, 5)).toEqual([
      "victims-form",
      "Registered victims by form of exploitation",
      "dp-geometric",
      undefined,
      "0.5",
    ]);
    expect(rowValues(method, 5).slice(0, 4)).toEqual([
      "victims-sex-age",
      "Registered victims by sex and age group",
      "suppression",
      5,
    ]);
    expect(String(rowValues(method, 5)[7])).toContain("counts from 1 to 4 are withheld");
  });

  it("keeps sheet names legal and unique", async () => {
    const long = { ...formsTable(), id: "victims/by:form*of[exploitation]-and-more-words" };
    const workbook = await readBack(await toXlsx([long, long]));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names[0]).toBe("victims_by_form_of_exploitation");
    expect(names[1]).toBe("victims_by_form_of_exploitati_2");
  });
});
