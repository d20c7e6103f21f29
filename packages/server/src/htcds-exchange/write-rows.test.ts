import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader } from "@zip.js/zip.js";
import { describe, expect, it } from "vitest";
import { IOM_TEMPLATE_FIELDS, type HtcdsCaseRow, type HtcdsCaseRowField } from "./case-row.ts";
import { readHtcdsRows, type HtcdsFileFormat } from "./read-rows.ts";
import { syntheticHtcdsRows } from "./synthetic-rows.ts";
import { firstSheet, loadWorkbook, TODAY } from "./test-support.ts";
import { writeHtcdsRows } from "./write-rows.ts";

/** Text a spreadsheet could run as a formula, plus separators and quotes CSV must survive. */
const hostile: HtcdsCaseRow = {
  prs_FirstName: '=HYPERLINK("https://attacker.invalid","click")',
  prs_SecondName: "+cmd|' /C calc'!A0",
  prs_Salutation: "-2+3",
  prs_Title: "@SUM(1,2)",
  prs_MailingStreet: 'O\'Neill Lane, 5; "back" door',
  prs_MailingCity: "Ștefănești",
  prs_MobilePhone: "+44 7700 900123",
  cas_IncomingReferralDetails: 'First line\nsecond line, with ; and "quotes"\n=still text',
  cas_CaseOwner: "=Demo Case Worker",
  prs_Citizenship: ["RO", "MD"],
  prs_Birthdate: "1990-02-28",
  con_Consent: false,
  prs_MailingLongitude: -3.7038,
};

const rows: HtcdsCaseRow[] = [...syntheticHtcdsRows(40, 3), hostile, { prs_FirstName: "Only a name" }];

const firstRow: Record<HtcdsFileFormat, number> = { xlsx: 3, csv: 2, json: 1 };

describe("write then read", () => {
  it.each(["xlsx", "csv", "json"] as const)("gives the same rows back (%s)", async (format) => {
    const file = await writeHtcdsRows(rows, format);
    const read = await readHtcdsRows(file, format, { today: TODAY });
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => r.values)).toEqual(rows);
    expect(read.rows.map((r) => r.rowNumber)).toEqual(rows.map((_, i) => i + firstRow[format]));
  });

  it.each(["xlsx", "csv", "json"] as const)(
    "gives the same rows back from the encrypted zip (%s)",
    async (format) => {
      const zip = await writeHtcdsRows(rows, format, { password: "correct horse battery staple" });
      const inner = await unzip(zip, "correct horse battery staple");
      expect(inner.name).toBe(`htcds-cases.${format}`);
      const read = await readHtcdsRows(inner.data, format, { today: TODAY });
      expect(read.rows.map((r) => r.values)).toEqual(rows);
    },
  );
});

describe("the xlsx", () => {
  it("has IOM's layout: hidden keys in row 1, labels in row 2, data from row 3, row numbers in A", async () => {
    const workbook = await loadWorkbook(await writeHtcdsRows(rows, "xlsx"));
    const sheet = firstSheet(workbook);
    expect(sheet.name).toBe("Sheet1");
    expect(sheet.getRow(1).hidden).toBe(true);
    expect(sheet.getRow(2).hidden).toBe(false);
    expect(sheet.getCell("A1").value).toBeNull();
    expect(sheet.getCell("B1").value).toBe("cas_CaseOwner");
    expect(sheet.getCell("T1").value).toBe("vic_TraffickingStatusDecisionMakingOrg");
    expect(sheet.getCell("AJ1").value).toBe("cas_ReasonForOutgoingReferral");
    expect(sheet.getCell("B2").value).toBe("Case Owner");
    expect(sheet.getCell("N2").value).toBe("Mailing City");
    expect([sheet.getCell("A3").value, sheet.getCell("A4").value]).toEqual([1, 2]);
    expect(sheet.rowCount).toBe(rows.length + 2);
    expect(sheet.views).toMatchObject([{ state: "frozen", xSplit: 1, ySplit: 2 }]);
  });

  it("writes dates as dates, checkboxes as booleans and multi-selects joined with ;", async () => {
    const workbook = await loadWorkbook(await writeHtcdsRows([hostile], "xlsx"));
    const sheet = firstSheet(workbook);
    const cell = (field: HtcdsCaseRowField) =>
      sheet.getRow(3).getCell(IOM_TEMPLATE_FIELDS.indexOf(field as never) + 2);
    expect(cell("prs_Birthdate").value).toEqual(new Date(Date.UTC(1990, 1, 28)));
    expect(cell("prs_Birthdate").numFmt).toBe("yyyy-mm-dd");
    expect(cell("con_Consent").value).toBe(false);
    expect(cell("prs_Citizenship").value).toBe("RO;MD");
  });

  it("writes formula-like text as neutralised text, never as a formula", async () => {
    const workbook = await loadWorkbook(await writeHtcdsRows([hostile], "xlsx"));
    const sheet = firstSheet(workbook);
    const texts: unknown[] = [];
    sheet.getRow(3).eachCell((cell) => {
      expect(cell.formula).toBeFalsy();
      texts.push(cell.value);
    });
    expect(texts).toEqual(
      expect.arrayContaining([
        '\'=HYPERLINK("https://attacker.invalid","click")',
        "'+cmd|' /C calc'!A0",
        "'-2+3",
        "'@SUM(1,2)",
        "'=Demo Case Worker",
        "'+44 7700 900123",
        'O\'Neill Lane, 5; "back" door',
      ]),
    );
  });
});

describe("the CSV", () => {
  it("starts with a BOM and the key header, and neutralises formula-like text", async () => {
    const text = (
      await writeHtcdsRows([hostile], "csv", { fields: ["prs_FirstName", "prs_Salutation", "prs_Birthdate"] })
    ).toString("utf8");
    expect(text).toBe(
      '\uFEFFprs_Salutation,prs_FirstName,prs_Birthdate\n\'-2+3,"\'=HYPERLINK(""https://attacker.invalid"",""click"")",1990-02-28\n',
    );
  });
});

describe("the JSON", () => {
  it("is an array of objects keyed by HTCDS keys, lists as lists, nothing neutralised", async () => {
    const parsed: unknown = JSON.parse(
      (
        await writeHtcdsRows([hostile], "json", {
          fields: ["prs_FirstName", "prs_Citizenship", "con_Consent"],
        })
      ).toString("utf8"),
    );
    expect(parsed).toEqual([
      { prs_FirstName: hostile.prs_FirstName, prs_Citizenship: ["RO", "MD"], con_Consent: false },
    ]);
  });
});

describe("columns", () => {
  it("are the template's 38 when no row fills another field", async () => {
    const { prs_MailingLongitude: _extra, ...templateOnly } = hostile;
    const read = await readHtcdsRows(await writeHtcdsRows([templateOnly], "csv"), "csv", { today: TODAY });
    expect(read.columns.map((c) => c.field)).toEqual(IOM_TEMPLATE_FIELDS);
  });

  it("add every other field some row fills, after the template's", async () => {
    const read = await readHtcdsRows(await writeHtcdsRows(rows, "csv"), "csv", { today: TODAY });
    expect(read.columns.map((c) => c.field).slice(0, 38)).toEqual(IOM_TEMPLATE_FIELDS);
    expect(read.columns.map((c) => c.field)).toContain("vic_AgeWhenTrafficked");
    expect(read.columns).toHaveLength(52);
  });

  it("are only the given fields, in the files' order, when fields are given", async () => {
    for (const format of ["xlsx", "csv", "json"] as const) {
      const file = await writeHtcdsRows(rows, format, { fields: ["vic_TypeOfExploitation", "cas_Status"] });
      const read = await readHtcdsRows(file, format, { today: TODAY });
      expect(read.columns.map((c) => c.field)).toEqual(["vic_TypeOfExploitation", "cas_Status"]);
      expect(
        read.rows.every((r) =>
          Object.keys(r.values).every((k) => k === "vic_TypeOfExploitation" || k === "cas_Status"),
        ),
      ).toBe(true);
    }
  });

  it("refuse a field that is not part of a case row", async () => {
    await expect(writeHtcdsRows(rows, "csv", { fields: ["hte_City" as HtcdsCaseRowField] })).rejects.toThrow(
      /not case-row fields: hte_City/,
    );
  });
});

describe("the encrypted zip", () => {
  it("uses AES-256, not ZipCrypto, and opens only with the password", async () => {
    const zip = await writeHtcdsRows(rows, "csv", { password: "correct horse battery staple" });
    // Local file header: compression method 99 marks WinZip AES; its extra field holds the strength (3 = 256 bits).
    expect(zip.readUInt16LE(8)).toBe(99);
    const extraStart = 30 + zip.readUInt16LE(26);
    const extra = zip.subarray(extraStart, extraStart + zip.readUInt16LE(28));
    const aes = extra.indexOf(Buffer.from([0x01, 0x99]));
    expect(aes).toBeGreaterThanOrEqual(0);
    expect(extra[aes + 8]).toBe(3);

    const reader = new ZipReader(new Uint8ArrayReader(zip), { useWebWorkers: false });
    const [entry, ...others] = await reader.getEntries();
    expect(others).toEqual([]);
    if (entry === undefined || entry.directory) throw new Error("expected one file");
    expect(entry.encrypted).toBe(true);
    expect(entry.zipCrypto).toBe(false);
    await expect(entry.getData(new Uint8ArrayWriter())).rejects.toThrow();
    await expect(entry.getData(new Uint8ArrayWriter(), { password: "wrong" })).rejects.toThrow();
    const data = await entry.getData(new Uint8ArrayWriter(), { password: "correct horse battery staple" });
    expect(Buffer.from(data).equals(await writeHtcdsRows(rows, "csv"))).toBe(true);
    await reader.close();
  });

  it("takes a file name, and refuses an empty password or a path", async () => {
    const zip = await writeHtcdsRows(rows, "json", { password: "pw", fileName: "cases 2026-06.json" });
    expect((await unzip(zip, "pw")).name).toBe("cases 2026-06.json");
    await expect(writeHtcdsRows(rows, "json", { password: "" })).rejects.toThrow(/empty password/);
    await expect(writeHtcdsRows(rows, "json", { password: "pw", fileName: "../x.json" })).rejects.toThrow(
      /plain file name/,
    );
  });
});

async function unzip(zip: Uint8Array, password: string): Promise<{ name: string; data: Uint8Array }> {
  const reader = new ZipReader(new Uint8ArrayReader(zip), { useWebWorkers: false });
  const [entry] = await reader.getEntries();
  if (entry === undefined || entry.directory) throw new Error("expected one file");
  const data = await entry.getData(new Uint8ArrayWriter(), { password });
  await reader.close();
  return { name: entry.filename, data };
}
