import { z } from "zod";
import { CASE_PARTS, GROUPS_SERVED, REFERRAL_STATUSES, SERVICE_TYPES } from "@ariadne/domain";

const org = z.object({ id: z.uuid(), name: z.string() });

export const serviceOfferView = z
  .object({
    id: z.uuid(),
    organisation: org.extend({ phone: z.string().nullable() }),
    serviceType: z.enum(SERVICE_TYPES),
    languages: z.array(z.string()),
    groupsServed: z.array(z.enum(GROUPS_SERVED)),
    capacity: z.int().nullable(),
    region: z.string(),
    description: z.string().nullable(),
    active: z.boolean(),
    version: z.int(),
  })
  .meta({ id: "ServiceOffer" });
export type ServiceOfferView = z.infer<typeof serviceOfferView>;

export const referralView = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    reference: z.string(),
    from: org,
    to: org,
    serviceType: z.enum(SERVICE_TYPES),
    parts: z.array(z.enum(CASE_PARTS)),
    status: z.enum(REFERRAL_STATUSES),
    message: z.string().nullable(),
    bestInterestsOverride: z.boolean().describe("Referred without consent in a child's best interests"),
    bestInterestsReason: z.string().nullable().describe("Shown to the referring organisation only"),
    responseNote: z.string().nullable(),
    createdAt: z.string(),
    respondedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    version: z.int(),
  })
  .meta({ id: "Referral" });
export type ReferralView = z.infer<typeof referralView>;
