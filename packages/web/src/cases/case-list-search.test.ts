import { describe, expect, it } from "vitest";
import { toCaseQuery, validateCaseListSearch } from "./case-list-search.ts";

describe("the case list's search parameters", () => {
  it("keeps valid filters and drops what a link made up", () => {
    expect(
      validateCaseListSearch({
        q: "  popescu ",
        status: "Active",
        stage: "reflection",
        mine: true,
        overdue: "true",
        referredToMe: "no",
      }),
    ).toEqual({ q: "popescu", status: "Active", stage: "reflection", mine: true, overdue: true });
    expect(validateCaseListSearch({ status: "Deleted", stage: "DROP TABLE", q: "" })).toEqual({});
  });

  it("asks the API with the flags it understands", () => {
    expect(toCaseQuery({ q: "C-2025-1A2B3C", referredToMe: true })).toEqual({
      q: "C-2025-1A2B3C",
      referredToMe: "true",
    });
    expect(toCaseQuery({})).toEqual({});
  });
});
