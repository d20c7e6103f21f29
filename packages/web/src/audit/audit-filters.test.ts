import { describe, expect, it } from "vitest";
import { EMPTY_AUDIT_FILTERS, toAuditQuery } from "./audit-filters.ts";

describe("toAuditQuery", () => {
  it("sends nothing for empty filters", () => {
    expect(toAuditQuery(EMPTY_AUDIT_FILTERS)).toEqual({});
  });

  it("trims text filters and keeps the outcome", () => {
    expect(
      toAuditQuery({
        ...EMPTY_AUDIT_FILTERS,
        action: " user.create ",
        resourceType: "user",
        outcome: "denied",
      }),
    ).toEqual({ action: "user.create", resourceType: "user", outcome: "denied" });
  });

  it("covers the whole of the 'to' day, from local midnight to the next local midnight", () => {
    const query = toAuditQuery({ ...EMPTY_AUDIT_FILTERS, fromDate: "2025-03-01", toDate: "2025-03-01" });
    expect(query.from).toBe(new Date(2025, 2, 1).toISOString());
    expect(query.to).toBe(new Date(2025, 2, 2).toISOString());
  });

  it("ignores a malformed date", () => {
    expect(toAuditQuery({ ...EMPTY_AUDIT_FILTERS, fromDate: "yesterday" })).toEqual({});
  });
});
