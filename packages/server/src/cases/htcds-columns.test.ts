import { getTableColumns, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { HTCDS_FIELDS, IDENTIFYING_FIELDS } from "@ariadne/domain";
import * as schema from "../db/schema.ts";
import { ENCRYPTED_COLUMNS } from "../security/encrypted-columns.ts";

/** Every column of every table, by its Drizzle property name (HTCDS fields keep their key). */
const homes = new Map<string, { table: string; column: string }[]>();
for (const value of Object.values(schema)) {
  if (typeof value !== "object" || !("getSQL" in value)) continue;
  const table = value as PgTable;
  for (const [property, column] of Object.entries(getTableColumns(table))) {
    homes.set(property, [
      ...(homes.get(property) ?? []),
      { table: getTableName(table), column: column.name },
    ]);
  }
}

describe("the HTCDS 2.0 fields in the database", () => {
  const live = HTCDS_FIELDS.filter((f) => !f.deprecated);

  it("give every non-deprecated field exactly one column", () => {
    const homeless = live.filter((f) => (homes.get(f.key) ?? []).length !== 1).map((f) => f.key);
    expect(homeless).toEqual([]);
  });

  it("store identifying fields encrypted and analytic fields plain", () => {
    const encrypted = new Set(ENCRYPTED_COLUMNS.map((c) => `${c.table}.${c.column}`));
    for (const field of live) {
      const home = homes.get(field.key)?.[0];
      if (!home) continue;
      const sealed = encrypted.has(`${home.table}.${home.column}`);
      expect([field.key, sealed]).toEqual([field.key, IDENTIFYING_FIELDS.has(field.key)]);
      expect([field.key, home.column.endsWith("_enc")]).toEqual([field.key, sealed]);
    }
  });

  it("keeps vic_ on the case row and every other table in its own table", () => {
    const tableOf = (key: string) => homes.get(key)?.[0]?.table;
    expect(tableOf("vic_TypeOfExploitation")).toBe("htcds_case");
    expect(tableOf("prs_FirstName")).toBe("person");
    expect(tableOf("hte_Date")).toBe("trafficking_event");
    expect(tableOf("con_Consent")).toBe("consent");
    expect(tableOf("org_Name")).toBe("organisation");
  });
});
