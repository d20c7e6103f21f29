import { describe, expect, it } from "vitest";
import { toNetworkQuery, validateNetworkListSearch } from "./network-list-search.ts";

describe("validateNetworkListSearch", () => {
  it("keeps valid filters and drops the rest", () => {
    expect(
      validateNetworkListSearch({
        q: "  new in town ",
        status: "escalated",
        category: "labour",
        place: "FR:lyon",
        minScore: "40",
      }),
    ).toEqual({ q: "new in town", status: "escalated", category: "labour", place: "FR:lyon", minScore: 40 });
    expect(
      validateNetworkListSearch({
        status: "closed",
        category: "both",
        place: "<script>",
        minScore: "abc",
        q: " ",
      }),
    ).toEqual({});
    expect(validateNetworkListSearch({ minScore: 250 })).toEqual({});
  });

  it("turns the filters into the API query", () => {
    expect(toNetworkQuery({ status: "new", minScore: 30 })).toEqual({ status: "new", minScore: 30 });
    expect(toNetworkQuery({})).toEqual({});
  });
});
