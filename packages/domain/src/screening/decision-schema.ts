import { z } from "zod";
import { EXPLANATION_CODES, type ScreeningDecision } from "./decision.ts";
import { DIMENSIONS, GRADES, INDICATOR_SETS, OUTCOME_LEVELS, PATHWAYS } from "./vocabulary.ts";

/** The decision as a schema, for API responses and the OpenAPI document. */
export const screeningDecisionSchema = z
  .object({
    level: z.enum(OUTCOME_LEVELS),
    pathway: z.enum(PATHWAYS),
    set: z.enum(INDICATOR_SETS),
    dimensions: z
      .array(
        z.object({
          dimension: z.enum(DIMENSIONS),
          positive: z.boolean(),
          couldBePositive: z.boolean(),
          present: z.array(z.object({ id: z.string(), grade: z.enum(GRADES) })).readonly(),
          unknown: z.array(z.string()).readonly(),
          ruleMatched: z.string().nullable(),
        }),
      )
      .readonly(),
    deciding: z.array(z.string()).readonly(),
    rule: z.string(),
    explanation: z
      .array(
        z.object({
          code: z.enum(EXPLANATION_CODES),
          params: z.record(z.string(), z.union([z.string(), z.number()])).readonly(),
        }),
      )
      .readonly(),
    unknownCount: z.number().int(),
    notAskedCount: z.number().int(),
    verified: z.boolean(),
    forcedLabour: z
      .array(z.object({ id: z.string(), indicatorIds: z.array(z.string()).readonly() }))
      .readonly(),
    catalogue: z.object({ id: z.string(), version: z.string() }),
  })
  .meta({ id: "ScreeningDecision" });

// Fails to compile when the schema and the ScreeningDecision interface drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const decisionSchemaMatchesInterface: Same<
  z.infer<typeof screeningDecisionSchema>,
  ScreeningDecision
> = true;
