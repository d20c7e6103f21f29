import { z } from "zod";
import {
  ANSWERS,
  CATALOGUE_LANGUAGES,
  EXPLOITATION_FORMS,
  INDICATOR_SETS,
  NEXT_STEPS,
  OUTCOME_LEVELS,
  PATHWAYS,
  plainText,
  preferencesSchema,
  safetySchema,
  SCREENER_ROLES,
  screeningDecisionSchema,
} from "@ariadne/domain";

const catalogueRef = z.object({ id: z.string(), version: z.string() });
const indicatorId = z.string().max(100);

export const screeningView = z
  .object({
    id: z.uuid(),
    status: z.enum(["draft", "completed"]),
    catalogue: catalogueRef,
    screenerRole: z.enum(SCREENER_ROLES),
    language: z.enum(CATALOGUE_LANGUAGES),
    safety: safetySchema,
    preferences: preferencesSchema,
    safetyConcerns: z.string().nullable(),
    exploitation: z.enum(EXPLOITATION_FORMS).nullable(),
    pathway: z.enum(PATHWAYS),
    indicatorSet: z.enum(INDICATOR_SETS).nullable(),
    answers: z.record(z.string(), z.enum(ANSWERS)),
    notes: z.record(z.string(), z.string()),
    preview: screeningDecisionSchema.nullable().describe("The decision on the answers so far, while a draft"),
    outcome: screeningDecisionSchema.nullable().describe("The decision fixed at completion"),
    nextSteps: z.array(z.enum(NEXT_STEPS)),
    createdAt: z.string(),
    updatedAt: z.string(),
    completedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Screening" });
export type ScreeningView = z.infer<typeof screeningView>;

export const screeningSummary = z
  .object({
    id: z.uuid(),
    status: z.enum(["draft", "completed"]),
    catalogue: catalogueRef,
    screenerRole: z.enum(SCREENER_ROLES),
    pathway: z.enum(PATHWAYS),
    indicatorSet: z.enum(INDICATOR_SETS).nullable(),
    level: z.enum(OUTCOME_LEVELS).nullable(),
    answered: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    completedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "ScreeningSummary" });
export type ScreeningSummary = z.infer<typeof screeningSummary>;

export const createScreeningBody = z
  .strictObject({ screenerRole: z.enum(SCREENER_ROLES), language: z.enum(CATALOGUE_LANGUAGES).default("en") })
  .meta({ id: "CreateScreening" });

export const saveScreeningBody = z
  .strictObject({
    version: z.number().int().min(1),
    catalogueVersion: z
      .string()
      .max(40)
      .optional()
      .describe("The catalogue version the answers were given for"),
    safety: safetySchema.partial().optional(),
    preferences: preferencesSchema.partial().optional(),
    safetyConcerns: plainText(2000, { min: 0, multiline: true }).nullable().optional(),
    exploitation: z.enum(EXPLOITATION_FORMS).nullable().optional(),
    answers: z.record(indicatorId, z.enum(ANSWERS)).optional(),
    notes: z
      .record(indicatorId, plainText(2000, { min: 0, multiline: true }))
      .optional()
      .describe("Per-answer notes; an empty note removes it"),
  })
  .meta({ id: "SaveScreening" });
export type SaveScreeningInput = z.infer<typeof saveScreeningBody>;

export const catalogueSummary = z
  .object({
    id: z.string(),
    version: z.string(),
    title: z.object({ en: z.string(), fr: z.string(), de: z.string() }),
    active: z.boolean(),
    verified: z.boolean(),
    loadedAt: z.string(),
  })
  .meta({ id: "ScreeningCatalogueSummary" });
