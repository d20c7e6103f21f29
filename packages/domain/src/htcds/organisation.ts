import { z } from "zod";
import { plainText } from "../text.ts";
import { ORG_TYPE } from "./fields.ts";

/** HTCDS 2.0 `org_Type` picklist (the shipped field list is the one source). */
export const ORGANISATION_TYPES = ORG_TYPE;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

const text = (max: number) => plainText(max);

/**
 * The HTCDS `org_` fields, keyed by their HTCDS names so imports and exports need no mapping.
 * Organisations are not people: none of these fields is personal data.
 */
export const organisationFields = z
  .strictObject({
    org_Name: text(200).describe("Organisation name"),
    org_Type: z.enum(ORGANISATION_TYPES).describe("HTCDS organisation type"),
    org_ShippingStreet: text(300).nullable().optional(),
    org_ShippingCity: text(120).nullable().optional(),
    org_ShippingState: text(120).nullable().optional(),
    org_ShippingPostalCode: text(20).nullable().optional(),
    org_ShippingCountry: z
      .string()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code such as RO")
      .nullable()
      .optional()
      .describe("ISO 3166-1 alpha-2 country code"),
    org_ShippingLatitude: z.number().min(-90).max(90).nullable().optional(),
    org_ShippingLongitude: z.number().min(-180).max(180).nullable().optional(),
    org_Phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()./-]{4,30}$/, "must be a telephone number such as +40 21 123 4567")
      .nullable()
      .optional(),
  })
  .meta({ id: "OrganisationFields" });
export type OrganisationFields = z.infer<typeof organisationFields>;
