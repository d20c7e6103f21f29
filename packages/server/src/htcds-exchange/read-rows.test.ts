import { Readable } from "node:stream";
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter } from "@zip.js/zip.js";
import { describe, expect, it } from "vitest";
import { readHtcdsRows, type HtcdsReadOptions } from "./read-rows.ts";
import type { HtcdsReadError } from "./row-collector.ts";
import { syntheticHtcdsRows } from "./synthetic-rows.ts";
import { editWorkbook, fixture, IOM_TEMPLATE, templateColumn, TODAY, workbookOf } from "./test-support.ts";
import { writeHtcdsRows } from "./write-rows.ts";

const options: HtcdsReadOptions = { today: TODAY };
const csv = (text: string) => Buffer.from(text, "utf8");
const json = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8");
const brief = (errors: readonly HtcdsReadError[]) => errors.map((e) => [e.row, e.field, e.code]);
const oneFileError = (code: string, message: RegExp) => ({
  rows: [],
  columns: [],
  errors: [{ row: 0, field: "", code, message: expect.stringMatching(message) as unknown }],
});

describe("IOM's template", () => {
  it("reads empty, as shipped, without rows or errors, mapping all 38 columns", async () => {
    const result = await readHtcdsRows(IOM_TEMPLATE, "xlsx", options);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([]);
    expect(result.columns).toHaveLength(38);
    expect(result.columns).toContainEqual({
      field: "vic_TraffickingStatusDecisionMakingOrg",
      header: "vic_TraffickinStatusDecisionMakingOrg",
      column: "T",
    });
    expect(result.columns).toContainEqual({
      field: "cas_ReasonForOutgoingReferral",
      header: "Reason for Outgoing Referral",
      column: "AJ",
    });
    // The keys decide, not the label row, whose mailing labels are in another order.
    expect(result.columns).toContainEqual({
      field: "prs_MailingCity",
      header: "prs_MailingCity",
      column: "N",
    });
  });

  it("reads a filled-in copy: dates as dates or text, spreadsheet row numbers, empty rows skipped", async () => {
    const xlsx = await editWorkbook(IOM_TEMPLATE, (sheet) => {
      const set = (row: number, field: Parameters<typeof templateColumn>[0], value: unknown) => {
        sheet.getRow(row).getCell(templateColumn(field)).value = value as never;
      };
      set(3, "prs_FirstName", "Mira");
      set(3, "prs_SecondName", "Testescu");
      set(3, "prs_Birthdate", new Date(Date.UTC(1998, 2, 7)));
      // Excel gives a cell a date format when a date is typed into it; exceljs does not.
      sheet.getRow(3).getCell(templateColumn("prs_Birthdate")).numFmt = "dd/mm/yyyy";
      set(3, "con_Consent", true);
      set(3, "prs_Citizenship", "RO ; MD");
      set(3, "vic_TraffickingStatusDecisionMakingOrg", "NGO");
      set(3, "vic_MethodsOfControl", "DebtBondage; WithholdsDocuments");
      set(3, "cas_ReasonForOutgoingReferral", "MigrationOrChangeOfLocation");
      set(3, "cas_IncomingReferralDate", "2024-01-15");
      set(3, "prs_Email", { text: "mira@example.invalid", hyperlink: "mailto:mira@example.invalid" });
      // Row 4 keeps only its row number: skipped.
      set(5, "prs_FirstName", "Tomas");
      set(5, "con_Consent", "No");
    });
    const result = await readHtcdsRows(xlsx, "xlsx", options);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 3,
        values: {
          prs_FirstName: "Mira",
          prs_SecondName: "Testescu",
          prs_Birthdate: "1998-03-07",
          con_Consent: true,
          prs_Citizenship: ["RO", "MD"],
          prs_Email: "mira@example.invalid",
          vic_TraffickingStatusDecisionMakingOrg: "NGO",
          vic_MethodsOfControl: ["DebtBondage", "WithholdsDocuments"],
          cas_ReasonForOutgoingReferral: "MigrationOrChangeOfLocation",
          cas_IncomingReferralDate: "2024-01-15",
        },
      },
      { rowNumber: 5, values: { prs_FirstName: "Tomas", con_Consent: false } },
    ]);
  });

  it("reads the template saved as CSV by a day-first spreadsheet, with the order stated", async () => {
    const result = await readHtcdsRows(fixture("iom-template-saved-as.csv"), "csv", {
      ...options,
      dateOrder: "DMY",
    });
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([3, 5]);
    expect(result.rows[0]?.values).toMatchObject({
      prs_Birthdate: "1998-03-07",
      prs_Citizenship: ["RO", "MD"],
      prs_MobilePhone: "+44 7700 900123",
      vic_TraffickingStatusDecisionMakingOrg: "NGO",
      vic_MethodOfRecruitment: ["ThroughOnlineSocialNetworks", "ThroughFriendsOrSocialEvents"],
      vic_MethodsOfControl: ["DebtBondage", "WithholdsDocuments"],
      cas_ReasonForOutgoingReferral: "AdditionalServicesRequired",
      cas_IncomingReferralDetails: 'Met during a labour inspection;\nasked for shelter, "urgent".',
      cas_OutgoingReferralDate: "2024-02-02",
    });
    expect(result.rows[1]?.values).toMatchObject({
      con_Consent: true,
      prs_HomePhone: "+44 20 7946 0456",
      vic_TraffickingStatus: "ActualVictimOfTrafficking",
      vic_TypeOfExploitation: ["ForcedLabour", "ForcedBegging"],
      cas_IncomingReferralDate: "2023-06-01",
    });
  });

  it("refuses the same CSV's day/month dates when no order is stated, row by row", async () => {
    const result = await readHtcdsRows(fixture("iom-template-saved-as.csv"), "csv", options);
    expect(brief(result.errors)).toEqual([
      [3, "prs_Birthdate", "invalid_value"],
      [3, "cas_IncomingReferralDate", "invalid_value"],
      [3, "cas_OutgoingReferralDate", "invalid_value"],
      [5, "cas_IncomingReferralDate", "invalid_value"],
    ]);
    expect(result.rows).toEqual([]);
  });
});

describe("a generated 500-row workbook with two broken rows", () => {
  it("reports exactly those rows' errors, by spreadsheet row and field, and keeps the rest", async () => {
    const rows = syntheticHtcdsRows(500, 7);
    const xlsx = await editWorkbook(await writeHtcdsRows(rows, "xlsx"), (sheet) => {
      sheet.getRow(102).getCell(templateColumn("prs_Gender")).value = "Femenine";
      sheet.getRow(423).getCell(templateColumn("prs_Birthdate")).value = "2023-02-30";
      sheet.getRow(423).getCell(templateColumn("prs_Email")).value = "not-an-address";
    });
    const result = await readHtcdsRows(xlsx, "xlsx", options);
    expect(brief(result.errors)).toEqual([
      [102, "prs_Gender", "invalid_value"],
      [423, "prs_Birthdate", "invalid_value"],
      [423, "prs_Email", "invalid_value"],
    ]);
    expect(result.rows).toHaveLength(498);
    expect(result.rows.some((r) => r.rowNumber === 102 || r.rowNumber === 423)).toBe(false);
  });
});

describe("headers", () => {
  it("reads a workbook with only a key row, data from row 2", async () => {
    const xlsx = await workbookOf([
      ["prs_FirstName", "prs_Gender"],
      ["Ana", "Feminine"],
    ]);
    const result = await readHtcdsRows(xlsx, "xlsx", options);
    expect(result).toEqual({
      rows: [{ rowNumber: 2, values: { prs_FirstName: "Ana", prs_Gender: "Feminine" } }],
      errors: [],
      columns: [
        { field: "prs_FirstName", header: "prs_FirstName", column: "A" },
        { field: "prs_Gender", header: "prs_Gender", column: "B" },
      ],
    });
  });

  it("skips sheets without keys in row 1, such as instructions", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    // A hidden row 1 on the skipped sheet must not make the chosen sheet's row 2 a label row.
    workbook.addWorksheet("Read me").addRow(["How to fill in this file"]).hidden = true;
    const cases = workbook.addWorksheet("Cases");
    cases.addRow(["prs_FirstName"]);
    cases.addRow(["Ana"]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await readHtcdsRows(xlsx, "xlsx", options);
    expect(result.rows).toEqual([{ rowNumber: 2, values: { prs_FirstName: "Ana" } }]);
  });

  it("takes row 2 as labels when row 1 is hidden, whatever language the labels are in", async () => {
    const xlsx = await editWorkbook(IOM_TEMPLATE, (sheet) => {
      sheet.getRow(2).getCell(templateColumn("prs_FirstName")).value = "Prénom";
      sheet.getRow(2).getCell(templateColumn("prs_Gender")).value = "Genre";
      sheet.getRow(3).getCell(templateColumn("prs_FirstName")).value = "Ana";
    });
    const result = await readHtcdsRows(xlsx, "xlsx", options);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([{ rowNumber: 3, values: { prs_FirstName: "Ana" } }]);
  });

  it("takes row 2 as data when row 1 is visible and row 2 holds anything but labels", async () => {
    const xlsx = await workbookOf([
      ["prs_FirstName", "prs_Gender"],
      ["Prénom", "Genre"],
    ]);
    const result = await readHtcdsRows(xlsx, "xlsx", options);
    expect(brief(result.errors)).toEqual([[2, "prs_Gender", "invalid_value"]]);
  });

  it("names unknown, deprecated and other-table columns, and still checks the rest", async () => {
    const result = await readHtcdsRows(
      csv("prs_FristName,vic_Vulnerabilities,hte_City,prs_Gender\nAna,Poverty,Fictown,Femenine\n"),
      "csv",
      options,
    );
    expect(brief(result.errors)).toEqual([
      [1, "prs_FristName", "unknown_column"],
      [1, "vic_Vulnerabilities", "unknown_column"],
      [1, "hte_City", "unknown_column"],
      [2, "prs_Gender", "invalid_value"],
    ]);
    expect(result.errors[0]?.message).toMatch(/Column 1 \(A\) has the header "prs_FristName"/);
    expect(result.errors[1]?.message).toMatch(/deprecates/);
    expect(result.errors[2]?.message).toMatch(/not part of a case row/);
  });

  it("refuses two columns for one field", async () => {
    const result = await readHtcdsRows(
      csv("vic_TraffickingStatusDecisionMakingOrg,vic_TraffickinStatusDecisionMakingOrg\nNGO,Police\n"),
      "csv",
      options,
    );
    expect(brief(result.errors)).toEqual([[1, "vic_TraffickingStatusDecisionMakingOrg", "duplicate_column"]]);
  });

  it("refuses data in a column without a key, except the first (the template's row numbers)", async () => {
    const result = await readHtcdsRows(
      csv(",prs_FirstName,\n1,Ana,secret\n2,Ilie,\n3,Mira,more\n"),
      "csv",
      options,
    );
    expect(brief(result.errors)).toEqual([[2, "", "unlabelled_column"]]);
    expect(result.errors[0]?.message).toMatch(/Column 3 \(C\) holds data/);
  });

  it("refuses a file whose row 1 holds no HTCDS key, and an empty file", async () => {
    expect(await readHtcdsRows(csv("First Name,Gender\nAna,Feminine\n"), "csv", options)).toEqual(
      oneFileError("missing_header", /Row 1 must hold the HTCDS field keys/),
    );
    expect(await readHtcdsRows(csv(""), "csv", options)).toEqual(oneFileError("missing_header", /empty/));
  });
});

describe("checks across fields", () => {
  it("refuses a birth date after today, a referral before birth and an age not yet reached", async () => {
    const result = await readHtcdsRows(
      json([
        { prs_Birthdate: "2026-06-02" },
        { prs_Birthdate: "2026-06-01", cas_IncomingReferralDate: "2026-06-01" },
        {
          prs_Birthdate: "2000-05-01",
          cas_IncomingReferralDate: "1999-12-31",
          cas_OutgoingReferralDate: "2024-01-01",
        },
        { prs_Birthdate: "2010-06-02", vic_AgeWhenTrafficked: 16 },
        { prs_Birthdate: "2010-06-01", vic_AgeWhenTrafficked: 16 },
        // Outgoing before incoming can be right (referred out, later back in): no error.
        { cas_IncomingReferralDate: "2024-05-01", cas_OutgoingReferralDate: "2023-01-01" },
      ]),
      "json",
      options,
    );
    expect(brief(result.errors)).toEqual([
      [1, "prs_Birthdate", "inconsistent_values"],
      [3, "cas_IncomingReferralDate", "inconsistent_values"],
      [4, "vic_AgeWhenTrafficked", "inconsistent_values"],
    ]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2, 5, 6]);
  });

  it("judges the future against the injected today", async () => {
    const file = json([{ prs_Birthdate: "2026-06-02" }]);
    expect((await readHtcdsRows(file, "json", { today: "2026-06-01" })).errors).toHaveLength(1);
    expect((await readHtcdsRows(file, "json", { today: "2026-06-02" })).errors).toEqual([]);
  });
});

describe("JSON", () => {
  it("numbers records from 1, takes lists for multi-selects, reports an unknown key once", async () => {
    const result = await readHtcdsRows(
      json([
        { prs_FirstName: "Ana", prs_Nickname: "A" },
        {},
        { prs_FirstName: "Ilie", prs_Nickname: "I", vic_TypeOfExploitation: ["ForcedLabour", "Servitude"] },
        "not a record",
      ]),
      "json",
      options,
    );
    expect(brief(result.errors)).toEqual([
      [1, "prs_Nickname", "unknown_column"],
      [4, "", "invalid_value"],
    ]);
    expect(result.rows).toEqual([
      { rowNumber: 1, values: { prs_FirstName: "Ana" } },
      {
        rowNumber: 3,
        values: { prs_FirstName: "Ilie", vic_TypeOfExploitation: ["ForcedLabour", "Servitude"] },
      },
    ]);
  });

  it("refuses values of the wrong kind", async () => {
    const result = await readHtcdsRows(
      json([{ prs_FirstName: { first: "Ana" }, vic_MethodsOfControl: [1, 2], con_Consent: "sure" }]),
      "json",
      options,
    );
    expect(brief(result.errors)).toEqual([
      [1, "prs_FirstName", "invalid_value"],
      [1, "vic_MethodsOfControl", "invalid_value"],
      [1, "con_Consent", "invalid_value"],
    ]);
  });
});

describe("malformed files give one clear error and never throw", () => {
  it.each([
    ["xlsx", csv("prs_FirstName\nAna\n"), /could not be read as an Excel workbook/],
    ["xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old-format Excel file/],
    ["csv", Buffer.from('prs_FirstName\n"Ana\n'), /opened on line 2 is never closed/],
    ["csv", Buffer.from([0x70, 0x72, 0x73, 0x5f, 0x0a, 0xe9, 0x0a]), /not UTF-8 text/],
    ["csv", Buffer.from("\uFEFFprs_FirstName\n", "utf16le"), /UTF-16/],
    ["json", Buffer.from('[{"prs_FirstName": "Ana",}]'), /JSON file is malformed/],
    ["json", json({ prs_FirstName: "Ana" }), /must be an array/],
  ] as const)("%s %#", async (format, bytes, message) => {
    expect(await readHtcdsRows(bytes, format, options)).toEqual(oneFileError("malformed_file", message));
  });

  it("refuses an .xlsx read as CSV or JSON", async () => {
    const xlsx = await workbookOf([["prs_FirstName"], ["Ana"]]);
    expect(await readHtcdsRows(xlsx, "csv", options)).toEqual(
      oneFileError("malformed_file", /looks like an .xlsx/),
    );
    expect(await readHtcdsRows(xlsx, "json", options)).toEqual(
      oneFileError("malformed_file", /looks like an .xlsx/),
    );
  });

  it("refuses a zip that is no workbook, a truncated workbook and damaged sheets", async () => {
    const zip = new ZipWriter(new Uint8ArrayWriter(), { useWebWorkers: false });
    await zip.add("notes.txt", new Uint8ArrayReader(new TextEncoder().encode("hello")));
    const notWorkbook = await zip.close();
    const whole = await workbookOf([["prs_FirstName"], ["Ana"], ["Ilie"]]);
    const truncated = whole.subarray(0, Math.floor(whole.byteLength / 2));
    const cutSheet = await editZipEntry(whole, "xl/worksheets/sheet1.xml", (xml) =>
      xml.slice(0, xml.indexOf('<row r="3"')),
    );
    const garbled = await editZipEntry(whole, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace('<row r="2"', '<row <<< r="2"'),
    );
    const flipped = Buffer.from(whole);
    const sheetAt = flipped.indexOf("xl/worksheets/sheet1.xml") + 60;
    flipped[sheetAt] = (flipped[sheetAt] ?? 0) ^ 0xff;
    for (const bytes of [notWorkbook, truncated, cutSheet, garbled, flipped]) {
      expect(await readHtcdsRows(bytes, "xlsx", options)).toEqual(
        oneFileError("malformed_file", /could not be read|damaged/),
      );
    }
  });
});

describe("limits", () => {
  const fourRows = csv("prs_FirstName\nA\nB\n\nC\nD\n");

  it("refuse more rows than allowed, counting only non-empty rows", async () => {
    expect((await readHtcdsRows(fourRows, "csv", { ...options, maxRows: 4 })).rows).toHaveLength(4);
    expect(await readHtcdsRows(fourRows, "csv", { ...options, maxRows: 3 })).toEqual(
      oneFileError("too_many_rows", /more than 3 cases/),
    );
  });

  it("refuse a file larger than allowed, from a buffer or a stream", async () => {
    const big = Buffer.alloc(2048, 0x41);
    expect(await readHtcdsRows(big, "csv", { ...options, maxBytes: 1024 })).toEqual(
      oneFileError("file_too_large", /larger than 1024 bytes/),
    );
    const stream = Readable.from([big.subarray(0, 1000), big.subarray(1000)]);
    expect(await readHtcdsRows(stream, "csv", { ...options, maxBytes: 1024 })).toEqual(
      oneFileError("file_too_large", /larger than 1024 bytes/),
    );
  });

  it("refuse a workbook that unpacks beyond the limit (zip bombs)", async () => {
    const xlsx = await writeHtcdsRows(syntheticHtcdsRows(50, 1), "xlsx");
    expect(await readHtcdsRows(xlsx, "xlsx", { ...options, maxUnpackedBytes: 10_000 })).toEqual(
      oneFileError("malformed_file", /unpacks to more than 10000 bytes/),
    );
  });

  it("stop after too many errors, saying so", async () => {
    const result = await readHtcdsRows(csv("prs_Gender\nx\ny\nz\nw\n"), "csv", { ...options, maxErrors: 2 });
    expect(brief(result.errors)).toEqual([
      [2, "prs_Gender", "invalid_value"],
      [3, "prs_Gender", "invalid_value"],
      [0, "", "too_many_errors"],
    ]);
  });

  it("read a stream like a buffer", async () => {
    const result = await readHtcdsRows(Readable.from([fourRows]), "csv", options);
    expect(result.rows.map((r) => [r.rowNumber, r.values.prs_FirstName])).toEqual([
      [2, "A"],
      [3, "B"],
      [5, "C"],
      [6, "D"],
    ]);
  });
});

async function editZipEntry(
  zip: Uint8Array,
  name: string,
  edit: (text: string) => string,
): Promise<Uint8Array> {
  const reader = new ZipReader(new Uint8ArrayReader(zip), { useWebWorkers: false });
  const writer = new ZipWriter(new Uint8ArrayWriter(), { useWebWorkers: false });
  for (const entry of await reader.getEntries()) {
    if (entry.directory) continue;
    let data = await entry.getData(new Uint8ArrayWriter());
    if (entry.filename === name) data = new TextEncoder().encode(edit(new TextDecoder().decode(data)));
    await writer.add(entry.filename, new Uint8ArrayReader(data));
  }
  await reader.close();
  return writer.close();
}
