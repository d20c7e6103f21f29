import { describe, expect, it } from "vitest";
import type { Person } from "../api/types.ts";
import {
  changedFields,
  CONTACT_FIELDS,
  fieldsToSave,
  IDENTITY_FIELDS,
  searchKey,
  toPersonFields,
  toPersonFormValues,
  toSearchRequest,
  toVictimFields,
  toVictimFormValues,
  VICTIM_FIELDS,
} from "./case-form-values.ts";

const PERSON: Person = {
  id: "3b0f3a59-3f0c-4c55-9d1f-0d6c1b8b2c11",
  version: 3,
  prs_FirstName: "Ioana",
  prs_SecondName: "Popescu",
  prs_Birthdate: "1998-04-12",
  prs_Citizenship: ["MD"],
  prs_MobilePhone: "+40 700 000 123",
};

describe("person form values", () => {
  it("turns empty fields into null and trims text", () => {
    const values = { ...toPersonFormValues(), prs_FirstName: "  Ana ", prs_NumberOfChildren: "" };
    const fields = toPersonFields(values);
    expect(fields.prs_FirstName).toBe("Ana");
    expect(fields.prs_SecondName).toBeNull();
    expect(fields.prs_NumberOfChildren).toBeNull();
    expect(fields.prs_Citizenship).toBeNull();
  });

  it("refuses a picklist value the standard does not have", () => {
    expect(toPersonFields({ ...toPersonFormValues(), prs_Gender: "Unknown" }).prs_Gender).toBeNull();
    expect(toPersonFields({ ...toPersonFormValues(), prs_Gender: "Feminine" }).prs_Gender).toBe("Feminine");
  });

  it("sends only the changed fields in an edit, and a cleared field as null", () => {
    const values = { ...toPersonFormValues(PERSON), prs_FirstName: "Joana", prs_MobilePhone: "" };
    const patch = changedFields(toPersonFields(values), PERSON, [...IDENTITY_FIELDS, ...CONTACT_FIELDS]);
    expect(patch).toEqual({ prs_FirstName: "Joana", prs_MobilePhone: null });
  });

  it("compares lists by their items", () => {
    const values = toPersonFormValues(PERSON);
    expect(changedFields(toPersonFields(values), PERSON, IDENTITY_FIELDS)).toEqual({});
    const more = { ...values, prs_Citizenship: ["MD", "RO"] };
    expect(changedFields(toPersonFields(more), PERSON, IDENTITY_FIELDS)).toEqual({
      prs_Citizenship: ["MD", "RO"],
    });
  });
});

describe("fields to save", () => {
  const plan = { id: "p1", version: 2, spl_Type: "Health", spl_Objectives: "Check-up" };

  it("sends every field of a new record", () => {
    const all = { spl_Type: "Health", spl_Objectives: null };
    expect(fieldsToSave(all, undefined)).toBe(all);
  });

  it("sends only the fields that changed in an existing record", () => {
    expect(fieldsToSave({ spl_Type: "Health", spl_Objectives: null }, plan)).toEqual({
      spl_Objectives: null,
    });
    expect(fieldsToSave({ spl_Type: "Health", spl_Objectives: "Check-up" }, plan)).toEqual({});
  });
});

describe("search before create", () => {
  it("matches on identifying fields only", () => {
    const values = { ...toPersonFormValues(PERSON), prs_Gender: "Feminine", prs_Email: "a@example.invalid" };
    expect(toSearchRequest(values)).toEqual({
      prs_FirstName: "Ioana",
      prs_SecondName: "Popescu",
      prs_Birthdate: "1998-04-12",
      prs_MobilePhone: "+40 700 000 123",
    });
  });

  it("needs a new search when an identifying field changes, not for any other", () => {
    const values = toPersonFormValues(PERSON);
    expect(searchKey({ ...values, prs_Gender: "Feminine" })).toBe(searchKey(values));
    expect(searchKey({ ...values, prs_Birthdate: "1998-04-13" })).not.toBe(searchKey(values));
  });
});

describe("victim context values", () => {
  it("keeps multi-select picklists in the standard's order and drops empty ones", () => {
    const values = {
      ...toVictimFormValues(),
      vic_TypeOfExploitation: ["SexualExploitation", "ForcedLabour", "Invented"],
      vic_AgeWhenTrafficked: 16,
    };
    const fields = toVictimFields(values);
    expect(fields.vic_TypeOfExploitation).toEqual(["ForcedLabour", "SexualExploitation"]);
    expect(fields.vic_MethodsOfControl).toBeNull();
    expect(fields.vic_AgeWhenTrafficked).toBe(16);
    expect(changedFields(fields, null, VICTIM_FIELDS)).toEqual({
      vic_TypeOfExploitation: ["ForcedLabour", "SexualExploitation"],
      vic_AgeWhenTrafficked: 16,
    });
  });
});
