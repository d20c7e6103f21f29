import { describe, expect, it } from "vitest";
import { StatTableError } from "./stat-table.ts";
import { toCsv, toSdmxCsv } from "./table-csv.ts";
import { formsTable, sexByAgeTable } from "./test-tables.ts";

describe("toCsv", () => {
  it("writes codes, labels, the value and a c flag for withheld cells", () => {
    expect(toCsv(formsTable())).toBe(
      [
        "form,form_label,value,flag",
        "sexual,Sexual exploitation,14,",
        "labour,Labour exploitation,11,",
        "begging,Forced begging,,c",
        "TOTAL,Total,27,",
        "",
      ].join("\n"),
    );
  });

  it("quotes separators and quotes, and neutralises formulas in labels", () => {
    const table = formsTable();
    const csv = toCsv({
      ...table,
      dimensions: table.dimensions.map((d) => ({
        ...d,
        categories: [
          { code: "sexual", label: 'Sexual, "commercial"' },
          { code: "labour", label: '=HYPERLINK("x")' },
          { code: "begging", label: "Begging" },
          { code: "TOTAL", label: "Total" },
        ],
      })),
    });
    expect(csv).toContain('sexual,"Sexual, ""commercial""",14,');
    expect(csv).toContain(`labour,"'=HYPERLINK(""x"")",11,`);
  });

  it("refuses a cell with an unknown category (a caller bug)", () => {
    const table = formsTable();
    expect(() => toCsv({ ...table, cells: [{ categories: ["teleportation"], value: 1 }] })).toThrow(
      StatTableError,
    );
  });
});

describe("toSdmxCsv", () => {
  it("follows SDMX-CSV 1.0 with an empty OBS_VALUE and OBS_FLAG c for withheld cells, Greece as EL", () => {
    expect(
      toSdmxCsv(sexByAgeTable(), {
        dataflow: "ARIADNE:THB_VICTIMS(1.0)",
        reportingCountry: "GR",
        timePeriod: "2024",
      }),
    ).toBe(
      [
        "DATAFLOW,freq,sex,age_group,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG",
        "ARIADNE:THB_VICTIMS(1.0),A,female,child,EL,2024,,c",
        "ARIADNE:THB_VICTIMS(1.0),A,female,adult,EL,2024,12,",
        "ARIADNE:THB_VICTIMS(1.0),A,female,TOTAL,EL,2024,15,",
        "ARIADNE:THB_VICTIMS(1.0),A,male,child,EL,2024,,c",
        "ARIADNE:THB_VICTIMS(1.0),A,male,adult,EL,2024,7,",
        "ARIADNE:THB_VICTIMS(1.0),A,male,TOTAL,EL,2024,9,",
        "ARIADNE:THB_VICTIMS(1.0),A,TOTAL,child,EL,2024,5,",
        "ARIADNE:THB_VICTIMS(1.0),A,TOTAL,adult,EL,2024,19,",
        "ARIADNE:THB_VICTIMS(1.0),A,TOTAL,TOTAL,EL,2024,24,",
        "",
      ].join("\n"),
    );
  });

  it("takes TIME_PERIOD from a year dimension", () => {
    const table = {
      ...formsTable(),
      dimensions: [
        {
          name: "year",
          label: "Year",
          categories: [
            { code: "2023", label: "2023" },
            { code: "2024", label: "2024" },
          ],
        },
      ],
      cells: [
        { categories: ["2024"], value: 30 },
        { categories: ["2023"], value: null },
      ],
    };
    expect(toSdmxCsv(table, { dataflow: "X:Y(1.0)", reportingCountry: "DE" }).split("\n")).toEqual([
      "DATAFLOW,freq,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG",
      "X:Y(1.0),A,DE,2023,,c",
      "X:Y(1.0),A,DE,2024,30,",
      "",
    ]);
    expect(() =>
      toSdmxCsv(table, { dataflow: "X:Y(1.0)", reportingCountry: "DE", timePeriod: "2024" }),
    ).toThrow(StatTableError);
    expect(() => toSdmxCsv(formsTable(), { dataflow: "X:Y(1.0)", reportingCountry: "DE" })).toThrow(
      /timePeriod/,
    );
  });
});
