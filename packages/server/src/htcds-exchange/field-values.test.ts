import { describe, expect, it } from "vitest";
import { CellProblem, readFieldValue, undoFormulaNeutralisation } from "./field-values.ts";

const value = (v: unknown) => ({ ok: true, value: v });
const failure = (pattern: RegExp) => ({ ok: false, message: expect.stringMatching(pattern) as unknown });

describe("dates", () => {
  it("read ISO text and Excel dates (midnight UTC, as exceljs gives them)", () => {
    expect(readFieldValue("prs_Birthdate", "1998-03-07")).toEqual(value("1998-03-07"));
    expect(readFieldValue("prs_Birthdate", " 1998-03-07 ")).toEqual(value("1998-03-07"));
    expect(readFieldValue("prs_Birthdate", new Date(Date.UTC(1998, 2, 7)))).toEqual(value("1998-03-07"));
  });

  it("refuse impossible dates", () => {
    expect(readFieldValue("prs_Birthdate", "2023-02-29")).toEqual(failure(/not a real calendar date/));
    expect(readFieldValue("prs_Birthdate", "2024-13-01")).toEqual(failure(/not a real calendar date/));
    expect(readFieldValue("prs_Birthdate", "2024-02-29")).toEqual(value("2024-02-29"));
    expect(readFieldValue("prs_Birthdate", "1899-12-31")).toEqual(failure(/from 1900 on/));
  });

  it("refuse day/month text unless the file's order is stated, then read it that way", () => {
    expect(readFieldValue("cas_IncomingReferralDate", "03/04/2024")).toEqual(failure(/ambiguous/));
    // Even a date that could only be day-first is refused: a file mixes no conventions by guess.
    expect(readFieldValue("cas_IncomingReferralDate", "25/12/2024")).toEqual(failure(/ambiguous/));
    expect(readFieldValue("cas_IncomingReferralDate", "03/04/2024", { dateOrder: "DMY" })).toEqual(
      value("2024-04-03"),
    );
    expect(readFieldValue("cas_IncomingReferralDate", "03/04/2024", { dateOrder: "MDY" })).toEqual(
      value("2024-03-04"),
    );
    expect(readFieldValue("cas_IncomingReferralDate", "7.3.2024", { dateOrder: "DMY" })).toEqual(
      value("2024-03-07"),
    );
    expect(readFieldValue("cas_IncomingReferralDate", "31/04/2024", { dateOrder: "DMY" })).toEqual(
      failure(/not a real calendar date/),
    );
    expect(readFieldValue("cas_IncomingReferralDate", "25/12/2024", { dateOrder: "MDY" })).toEqual(
      failure(/not a real calendar date/),
    );
  });

  it("refuse other forms, two-digit years, bare numbers and timestamps", () => {
    expect(readFieldValue("prs_Birthdate", "7 March 1998")).toEqual(failure(/YYYY-MM-DD/));
    expect(readFieldValue("prs_Birthdate", "03/04/98", { dateOrder: "DMY" })).toEqual(failure(/YYYY-MM-DD/));
    expect(readFieldValue("prs_Birthdate", "1998-3-7")).toEqual(failure(/YYYY-MM-DD/));
    expect(readFieldValue("prs_Birthdate", 35861)).toEqual(failure(/number, not a date/));
    expect(readFieldValue("prs_Birthdate", new Date(Date.UTC(1998, 2, 7, 13, 30)))).toEqual(
      failure(/without a time/),
    );
  });

  it("never repeat the date itself in the message (birth dates identify people)", () => {
    const read = readFieldValue("prs_Birthdate", "1998-02-30");
    expect(read.ok).toBe(false);
    expect(JSON.stringify(read)).not.toContain("1998");
  });
});

describe("checkboxes", () => {
  it.each([
    [true, true],
    ["TRUE", true],
    ["false", false],
    ["Yes", true],
    ["no", false],
    ["1", true],
    [0, false],
  ])("read %j as %j", (raw, expected) => {
    expect(readFieldValue("con_Consent", raw)).toEqual(value(expected));
  });

  it("refuse anything else", () => {
    expect(readFieldValue("con_Consent", "maybe")).toEqual(failure(/not a yes\/no value/));
    expect(readFieldValue("con_Consent", 2)).toEqual(failure(/TRUE or FALSE/));
  });
});

describe("picklists", () => {
  it("read the HTCDS name, or the name or label ignoring case, as the name", () => {
    expect(readFieldValue("prs_Gender", "Feminine")).toEqual(value("Feminine"));
    expect(readFieldValue("vic_TraffickingStatus", "actual victim of trafficking")).toEqual(
      value("ActualVictimOfTrafficking"),
    );
    expect(readFieldValue("cas_Status", "follow up")).toEqual(value("FollowUp"));
  });

  it("name the allowed values when refusing", () => {
    expect(readFieldValue("prs_Gender", "Femenine")).toEqual(
      failure(/"Femenine" is not a value of Gender; use one of: Feminine, Masculine/),
    );
  });

  it("split multi-selects on ; with spaces around, ignoring empty items", () => {
    expect(readFieldValue("vic_MethodsOfControl", " DebtBondage ;WithholdsDocuments ; ")).toEqual(
      value(["DebtBondage", "WithholdsDocuments"]),
    );
    expect(readFieldValue("vic_MethodsOfControl", ["DebtBondage", "Debt bondage"])).toEqual(
      failure(/listed twice/),
    );
    expect(readFieldValue("vic_TypeOfExploitation", "ForcedLabour;Smuggling")).toEqual(
      failure(/"Smuggling" is not a value of Type of Exploitation/),
    );
  });

  it("keep single picklists single", () => {
    expect(readFieldValue("vic_ForcedLabourIndustry", "F_Construction;P_Education")).toEqual(
      failure(/is not a value/),
    );
  });
});

describe("country and language codes", () => {
  it("read one or several ISO 3166 codes, upper-cased", () => {
    expect(readFieldValue("prs_MailingCountry", "ro")).toEqual(value("RO"));
    expect(readFieldValue("prs_Citizenship", "RO; md;XK")).toEqual(value(["RO", "MD", "XK"]));
    expect(readFieldValue("prs_Citizenship", ["NG"])).toEqual(value(["NG"]));
  });

  it("refuse unknown codes, names and comma lists", () => {
    expect(readFieldValue("prs_MailingCountry", "UK")).toEqual(failure(/not an ISO 3166-1 alpha-2/));
    expect(readFieldValue("prs_Citizenship", "RO;Romania")).toEqual(failure(/"Romania" is not an ISO/));
    expect(readFieldValue("prs_Citizenship", "RO, MD")).toEqual(failure(/separate several with ";"/));
    expect(readFieldValue("prs_Citizenship", "RO;RO")).toEqual(failure(/listed twice/));
  });

  it("read language codes through the domain schema", () => {
    expect(readFieldValue("prs_PrimaryLanguage", "RON")).toEqual(value("ron"));
    expect(readFieldValue("prs_PrimaryLanguage", "Romanian")).toEqual(failure(/ISO 639/));
  });
});

describe("text, contact and number fields", () => {
  it("validate e-mail and telephone with the domain's schemas", () => {
    expect(readFieldValue("prs_Email", "mira@example.invalid")).toEqual(value("mira@example.invalid"));
    expect(readFieldValue("prs_Email", "mira@")).toEqual(failure(/e-mail address/));
    expect(readFieldValue("prs_MobilePhone", "+44 7700 900123")).toEqual(value("+44 7700 900123"));
    expect(readFieldValue("prs_MobilePhone", "call me")).toEqual(failure(/telephone number/));
  });

  it("refuse a telephone number stored as a number (its leading 0 or + is gone)", () => {
    expect(readFieldValue("prs_HomePhone", 7700900123)).toEqual(failure(/leading 0 or \+/));
  });

  it("trim text and take numbers as text where text is due", () => {
    expect(readFieldValue("prs_FirstName", "  Mira ")).toEqual(value("Mira"));
    expect(readFieldValue("prs_MailingPostalCode", 10115)).toEqual(value("10115"));
    expect(readFieldValue("prs_FirstName", "Mi\nra")).toEqual(failure(/control characters/));
    expect(readFieldValue("prs_FirstName", "x".repeat(256))).toEqual(failure(/at most 255/));
    expect(readFieldValue("cas_IncomingReferralDetails", "line one\nline two")).toEqual(
      value("line one\nline two"),
    );
  });

  it("keep lookups as the display name", () => {
    expect(readFieldValue("cas_ReferringOrganisation", " [Demo] Lantern House Shelter ")).toEqual(
      value("[Demo] Lantern House Shelter"),
    );
  });

  it("read numbers from cells or plain decimal text, within the domain's bounds", () => {
    expect(readFieldValue("vic_AgeWhenTrafficked", "17")).toEqual(value(17));
    expect(readFieldValue("prs_MailingLatitude", "-33.5")).toEqual(value(-33.5));
    expect(readFieldValue("prs_MailingLatitude", 44.43)).toEqual(value(44.43));
    expect(readFieldValue("prs_MailingLatitude", "44,43")).toEqual(failure(/decimal point/));
    expect(readFieldValue("prs_MailingLatitude", 91)).toEqual(failure(/at most 90/));
    expect(readFieldValue("prs_NumberOfChildren", "1.5")).toEqual(failure(/whole number/));
    expect(readFieldValue("vic_AgeWhenTrafficked", -1)).toEqual(failure(/at least 0/));
  });

  it("report a cell's own problem, such as an Excel error", () => {
    expect(readFieldValue("prs_FirstName", new CellProblem("holds the Excel error #N/A"))).toEqual(
      failure(/#N\/A/),
    );
  });
});

describe("undoFormulaNeutralisation", () => {
  it("drops the apostrophe an export put before a formula character, and nothing else", () => {
    expect(undoFormulaNeutralisation("'+44 7700 900123")).toBe("+44 7700 900123");
    expect(undoFormulaNeutralisation("'=1+1")).toBe("=1+1");
    expect(undoFormulaNeutralisation("'Neill")).toBe("'Neill");
    expect(undoFormulaNeutralisation("O'Neill")).toBe("O'Neill");
  });
});
