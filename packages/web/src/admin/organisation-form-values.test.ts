import { describe, expect, it } from "vitest";
import type { Organisation } from "../api/types.ts";
import {
  toCreateOrganisationRequest,
  toOrganisationFormValues,
  toUpdateOrganisationRequest,
} from "./organisation-form-values.ts";

function buildOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: "org-1",
    org_Name: "Safe Harbour",
    org_Type: "NGO",
    org_ShippingStreet: "1 Quay Street",
    org_ShippingCity: "Lyon",
    org_ShippingState: null,
    org_ShippingPostalCode: "69001",
    org_ShippingCountry: "FR",
    org_ShippingLatitude: 45.76,
    org_ShippingLongitude: 4.83,
    org_Phone: null,
    active: true,
    version: 3,
    createdAt: "2025-01-01T00:00:00Z",
    updatedAt: "2025-01-02T00:00:00Z",
    ...overrides,
  };
}

describe("organisation form values", () => {
  it("creates with the filled fields only, trimmed", () => {
    const values = { ...toOrganisationFormValues(), org_Name: "  Safe Harbour ", org_Type: "NGO" as const };
    values.org_ShippingCity = " Lyon ";
    values.org_ShippingLatitude = 45.5;
    expect(toCreateOrganisationRequest(values)).toEqual({
      org_Name: "Safe Harbour",
      org_Type: "NGO",
      org_ShippingCity: "Lyon",
      org_ShippingLatitude: 45.5,
    });
  });

  it("refuses to build a create request without a type", () => {
    expect(toCreateOrganisationRequest({ ...toOrganisationFormValues(), org_Name: "X" })).toBeNull();
  });

  it("patches nothing but the version when nothing changed", () => {
    const organisation = buildOrganisation();
    expect(toUpdateOrganisationRequest(toOrganisationFormValues(organisation), organisation)).toEqual({
      version: 3,
    });
  });

  it("patches changed fields, clearing emptied ones with null", () => {
    const organisation = buildOrganisation();
    const values = toOrganisationFormValues(organisation);
    values.org_ShippingCity = "";
    values.org_ShippingLongitude = "";
    values.org_Phone = "+33 4 00 00 00 00";
    values.active = false;
    expect(toUpdateOrganisationRequest(values, organisation)).toEqual({
      version: 3,
      org_ShippingCity: null,
      org_ShippingLongitude: null,
      org_Phone: "+33 4 00 00 00 00",
      active: false,
    });
  });
});
