import { describe, expect, it } from "vitest";
import { formatOfFile, importProblems } from "./import-problems.ts";

describe("import problems", () => {
  it("name the row and the field of each problem", () => {
    expect(
      importProblems([
        { path: "rows[12].prs_Gender", message: "is not a value of the picklist" },
        { path: "rows[3]", message: "is empty" },
        { path: "format", message: "is not an HTCDS file" },
        { path: "", message: "cannot be read" },
      ]),
    ).toEqual([
      { row: 12, field: "prs_Gender", message: "is not a value of the picklist" },
      { row: 3, field: null, message: "is empty" },
      { row: null, field: "format", message: "is not an HTCDS file" },
      { row: null, field: null, message: "cannot be read" },
    ]);
  });

  it("tell the format from the file name", () => {
    expect(formatOfFile("cases-2025.XLSX")).toBe("xlsx");
    expect(formatOfFile("export.csv")).toBe("csv");
    expect(formatOfFile("notes.txt")).toBeNull();
    expect(formatOfFile("no-extension")).toBeNull();
  });
});
