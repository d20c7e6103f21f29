import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { HTCDS_FIELDS, HTCDS_PREFIXES, ORG_TYPE, type HtcdsField } from "./fields.ts";
import { ORGANISATION_TYPES, organisationFields } from "./organisation.ts";
import { HTCDS_RECORDS, IDENTIFYING_FIELDS, IDENTIFYING_NUMERIC_FIELDS } from "./records.ts";

const fields: readonly HtcdsField[] = HTCDS_FIELDS;
const byKey = new Map(fields.map((field) => [field.key, field]));
const identifying: ReadonlySet<string> = IDENTIFYING_FIELDS;
const homes: Record<string, z.ZodObject> = { org_: organisationFields, ...HTCDS_RECORDS };

/** Where each key lives: `[prefix of the home, schema of the field]`. */
const placed = Object.entries(homes).flatMap(([prefix, schema]) =>
  Object.entries(schema.shape).map(([key, field]) => ({ prefix, key, field: field as z.ZodType })),
);
const schemaOf = new Map(placed.map(({ key, field }) => [key, field]));

/** What a field schema stores once optional and nullable are peeled off. */
function storedAs(schema: z.ZodType): { kind: string; options?: readonly string[] } {
  const type = schema.def.type;
  if (type === "optional" || type === "nullable") {
    return storedAs((schema as z.ZodOptional | z.ZodNullable).unwrap() as z.ZodType);
  }
  if (type === "array") {
    const element = storedAs((schema as z.ZodArray).element as z.ZodType);
    return { ...element, kind: `array of ${element.kind}` };
  }
  if (type === "enum") return { kind: "enum", options: (schema as z.ZodEnum).options.map(String) };
  return { kind: type };
}

/** What the HTCDS type of a field should be stored as. */
function expectedKind(field: HtcdsField): string {
  switch (field.type) {
    case "Checkbox":
      return "boolean";
    case "Number":
    case "Geolocation":
      return "number";
    case "Picklist":
      // Picklists without values name an external code list (ISO 639, ISO 3166).
      return field.values.length > 0 ? "enum" : "string";
    case "Multiselect Picklist":
      return field.values.length > 0 ? "array of enum" : "array of string";
    case "Text":
    case "Long Text":
    case "Date":
    case "Picklist or Text":
    case "Lookup [to organisation]":
    case "Lookup [to person]":
    case "Lookup [to user]":
      return "string";
  }
}

describe("HTCDS 2.0 field list", () => {
  it("holds the 83 keyed fields, three of them deprecated", () => {
    expect(fields).toHaveLength(83);
    expect(byKey.size).toBe(83);
    expect(fields.filter((field) => field.deprecated).map((field) => field.key)).toEqual([
      "vic_AgreementToManagePersonalData",
      "vic_Vulnerabilities",
      "vic_DetailsOfVulnerabilities",
    ]);
  });

  it("names every field after its table prefix", () => {
    for (const field of fields) expect(field.key.startsWith(field.prefix), field.key).toBe(true);
  });
});

describe("HTCDS record schemas", () => {
  it("give every non-deprecated HTCDS field a home in its own table's schema", () => {
    const homeless = fields
      .filter((field) => !field.deprecated)
      .filter((field) => !placed.some((p) => p.key === field.key && p.prefix === field.prefix))
      .map((field) => field.key);
    expect(homeless).toEqual([]);
  });

  it("hold no deprecated field", () => {
    const deprecated = placed.filter((p) => byKey.get(p.key)?.deprecated === true);
    expect(deprecated).toEqual([]);
  });

  it("name our own additions outside the HTCDS prefixes", () => {
    const strays = placed
      .map((p) => p.key)
      .filter((key) => !byKey.has(key))
      .filter((key) => HTCDS_PREFIXES.some((prefix) => key.startsWith(prefix)) || /^[a-z]{3}_/.test(key));
    expect(strays).toEqual([]);
  });

  it("store each field as its HTCDS type says", () => {
    const mismatches = fields
      .filter((field) => schemaOf.has(field.key))
      .map((field) => {
        const schema = schemaOf.get(field.key);
        return { key: field.key, want: expectedKind(field), got: schema && storedAs(schema).kind };
      })
      .filter(({ want, got }) => want !== got);
    expect(mismatches).toEqual([]);
  });

  it("accept exactly the HTCDS values of every picklist, in order", () => {
    for (const field of fields.filter((f) => f.values.length > 0 && !f.deprecated)) {
      const schema = schemaOf.get(field.key);
      expect(schema, field.key).toBeDefined();
      if (schema === undefined) continue;
      expect(storedAs(schema).options, field.key).toEqual(field.values.map((value) => value.name));
    }
    expect(ORGANISATION_TYPES).toEqual(ORG_TYPE);
  });

  it("reject a value outside a picklist and a repeated multi-select value", () => {
    const base = {
      id: "0b7e6c1e-6f55-4c1a-9a57-3f4a1f0e2d11",
      caseId: "0b7e6c1e-6f55-4c1a-9a57-3f4a1f0e2d12",
      personId: "0b7e6c1e-6f55-4c1a-9a57-3f4a1f0e2d13",
    };
    const victim = HTCDS_RECORDS.vic_;
    expect(victim.safeParse({ ...base, vic_MethodsOfControl: ["DebtBondage"] }).success).toBe(true);
    expect(victim.safeParse({ ...base, vic_MethodsOfControl: ["Bribery"] }).success).toBe(false);
    expect(victim.safeParse({ ...base, vic_MethodsOfControl: ["DebtBondage", "DebtBondage"] }).success).toBe(
      false,
    );
  });

  it("take dates as real ISO calendar dates", () => {
    const person = HTCDS_RECORDS.prs_;
    const id = "0b7e6c1e-6f55-4c1a-9a57-3f4a1f0e2d11";
    expect(person.safeParse({ id, prs_Birthdate: "2004-02-29" }).success).toBe(true);
    expect(person.safeParse({ id, prs_Birthdate: "2003-02-29" }).success).toBe(false);
    expect(person.safeParse({ id, prs_Birthdate: "29.02.2004" }).success).toBe(false);
  });

  it("require nothing but our ids", () => {
    for (const [prefix, schema] of Object.entries(HTCDS_RECORDS)) {
      const required = Object.entries(schema.shape)
        .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
        .map(([key]) => key);
      expect(
        required.every((key) => key === "id" || key.endsWith("Id")),
        prefix,
      ).toBe(true);
    }
  });
});

describe("identifying fields", () => {
  it("are all HTCDS fields with a home", () => {
    for (const key of IDENTIFYING_FIELDS) expect(schemaOf.has(key), key).toBe(true);
  });

  it("are text or dates, except the home's coordinates", () => {
    const wrong = [...IDENTIFYING_FIELDS]
      .filter((key) => !IDENTIFYING_NUMERIC_FIELDS.has(key))
      .filter((key) => {
        const schema = schemaOf.get(key);
        return schema === undefined || storedAs(schema).kind !== "string";
      });
    expect(wrong).toEqual([]);
    for (const key of IDENTIFYING_NUMERIC_FIELDS) expect(IDENTIFYING_FIELDS.has(key)).toBe(true);
  });

  it("include every free-text narrative", () => {
    const narratives = fields.filter((f) => f.type === "Long Text" && !f.deprecated);
    for (const field of narratives) expect(identifying.has(field.key), field.key).toBe(true);
  });
});
