import type {
  CreateOrganisationRequest,
  Organisation,
  OrganisationFields,
  UpdateOrganisationRequest,
} from "../api/types.ts";
import type { OrganisationType } from "../api/vocabulary.ts";

/** The organisation form's values: field names are the HTCDS names, so server paths match. */
export interface OrganisationFormValues {
  org_Name: string;
  org_Type: OrganisationType | null;
  org_ShippingStreet: string;
  org_ShippingCity: string;
  org_ShippingState: string;
  org_ShippingPostalCode: string;
  org_ShippingCountry: string | null;
  /** Mantine's NumberInput gives "" when empty. */
  org_ShippingLatitude: number | string;
  org_ShippingLongitude: number | string;
  org_Phone: string;
  active: boolean;
}

const TEXT_FIELDS = [
  "org_ShippingStreet",
  "org_ShippingCity",
  "org_ShippingState",
  "org_ShippingPostalCode",
  "org_Phone",
] as const;

export function toOrganisationFormValues(organisation?: Organisation): OrganisationFormValues {
  return {
    org_Name: organisation?.org_Name ?? "",
    org_Type: organisation?.org_Type ?? null,
    org_ShippingStreet: organisation?.org_ShippingStreet ?? "",
    org_ShippingCity: organisation?.org_ShippingCity ?? "",
    org_ShippingState: organisation?.org_ShippingState ?? "",
    org_ShippingPostalCode: organisation?.org_ShippingPostalCode ?? "",
    org_ShippingCountry: organisation?.org_ShippingCountry ?? null,
    org_ShippingLatitude: organisation?.org_ShippingLatitude ?? "",
    org_ShippingLongitude: organisation?.org_ShippingLongitude ?? "",
    org_Phone: organisation?.org_Phone ?? "",
    active: organisation?.active ?? true,
  };
}

function text(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function coordinate(value: number | string): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

/** All optional fields as the API represents them (null for empty). */
function optionalFields(values: OrganisationFormValues): Omit<OrganisationFields, "org_Name" | "org_Type"> {
  return {
    org_ShippingStreet: text(values.org_ShippingStreet),
    org_ShippingCity: text(values.org_ShippingCity),
    org_ShippingState: text(values.org_ShippingState),
    org_ShippingPostalCode: text(values.org_ShippingPostalCode),
    org_ShippingCountry: values.org_ShippingCountry === "" ? null : values.org_ShippingCountry,
    org_ShippingLatitude: coordinate(values.org_ShippingLatitude),
    org_ShippingLongitude: coordinate(values.org_ShippingLongitude),
    org_Phone: text(values.org_Phone),
  };
}

/** A create request with the filled fields only. `null` when the required type is missing. */
export function toCreateOrganisationRequest(
  values: OrganisationFormValues,
): CreateOrganisationRequest | null {
  if (values.org_Type === null) return null;
  const request: CreateOrganisationRequest = { org_Name: values.org_Name.trim(), org_Type: values.org_Type };
  for (const [key, value] of Object.entries(optionalFields(values))) {
    if (value !== null) Object.assign(request, { [key]: value });
  }
  return request;
}

/** A PATCH with the version and only the fields that differ from the record. */
export function toUpdateOrganisationRequest(
  values: OrganisationFormValues,
  organisation: Organisation,
): UpdateOrganisationRequest {
  const request: UpdateOrganisationRequest = { version: organisation.version };
  const name = values.org_Name.trim();
  if (name !== organisation.org_Name) request.org_Name = name;
  if (values.org_Type !== null && values.org_Type !== organisation.org_Type)
    request.org_Type = values.org_Type;
  const optional = optionalFields(values);
  for (const key of [
    ...TEXT_FIELDS,
    "org_ShippingCountry",
    "org_ShippingLatitude",
    "org_ShippingLongitude",
  ] as const) {
    if (optional[key] !== organisation[key]) Object.assign(request, { [key]: optional[key] });
  }
  if (values.active !== organisation.active) request.active = values.active;
  return request;
}
