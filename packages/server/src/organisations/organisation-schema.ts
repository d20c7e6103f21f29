import { z } from "zod";
import { organisationFields, searchText } from "@ariadne/domain";

export const organisationView = organisationFields
  .extend({
    id: z.uuid(),
    org_ShippingStreet: z.string().nullable(),
    org_ShippingCity: z.string().nullable(),
    org_ShippingState: z.string().nullable(),
    org_ShippingPostalCode: z.string().nullable(),
    org_ShippingCountry: z.string().nullable(),
    org_ShippingLatitude: z.number().nullable(),
    org_ShippingLongitude: z.number().nullable(),
    org_Phone: z.string().nullable(),
    active: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Organisation" });
export type OrganisationView = z.infer<typeof organisationView>;

export const createOrganisationBody = organisationFields;
export const updateOrganisationBody = organisationFields
  .partial()
  .extend({ version: z.number().int().min(1), active: z.boolean().optional() })
  .meta({ id: "UpdateOrganisation" });

export const listOrganisationsQuery = z.strictObject({
  search: searchText().optional(),
  type: organisationFields.shape.org_Type.optional(),
  includeInactive: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .default(false),
});
