import { describe, expect, it } from "vitest";
import { withFilter } from "./list-search.ts";

interface Search {
  q?: string;
  status?: "open" | "closed";
  mine?: boolean;
}

describe("withFilter", () => {
  it("sets a filter and keeps the others", () => {
    const search: Search = { q: "smith", mine: true };
    expect(withFilter(search, "status", "open")).toEqual({ q: "smith", mine: true, status: "open" });
  });

  it("replaces a filter already set", () => {
    expect(withFilter<Search, "status">({ status: "open" }, "status", "closed")).toEqual({
      status: "closed",
    });
  });

  it("drops the filter for null or undefined, leaving no key behind", () => {
    const search: Search = { q: "smith", status: "open" };
    const cleared = withFilter(search, "status", null);
    expect(cleared).toEqual({ q: "smith" });
    expect(Object.hasOwn(cleared, "status")).toBe(false);
    expect(Object.hasOwn(withFilter(search, "q", undefined), "q")).toBe(false);
  });

  it("leaves the search it was given unchanged", () => {
    const search: Search = { q: "smith" };
    withFilter(search, "q", "jones");
    expect(search).toEqual({ q: "smith" });
  });
});
