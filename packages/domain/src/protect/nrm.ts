import { z } from "zod";
import { plainText } from "../text.ts";

/**
 * National Referral Mechanism stages. Each country configures its own pathway; the default
 * follows the OSCE/ODIHR NRM Handbook (2022). A stage marked `reflection` is a recovery and
 * reflection period (Directive 2004/81/EC) and needs its end date.
 */
export const nrmStageSchema = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, "must be 2–40 lower-case letters, digits or _ starting with a letter"),
  label: plainText(120),
  reflection: z.boolean().optional(),
});
export type NrmStage = z.infer<typeof nrmStageSchema>;

export const nrmPathwaySchema = z
  .array(nrmStageSchema)
  .min(2, "a pathway needs at least two stages")
  .max(30, "a pathway has at most 30 stages")
  .superRefine((stages, ctx) => {
    const seen = new Set<string>();
    stages.forEach((s, i) => {
      if (seen.has(s.key))
        ctx.addIssue({ code: "custom", path: [i, "key"], message: `repeats the stage ${s.key}` });
      seen.add(s.key);
    });
  });

/** `*` is the pathway of countries without their own. */
export const DEFAULT_PATHWAY_COUNTRY = "*";

export const DEFAULT_NRM_PATHWAY: readonly NrmStage[] = [
  { key: "first_contact", label: "First contact" },
  { key: "screening", label: "Screening" },
  { key: "reasonable_grounds", label: "Presumed victim (reasonable-grounds decision)" },
  { key: "reflection", label: "Recovery and reflection period", reflection: true },
  { key: "formal_identification", label: "Formal identification" },
  { key: "assistance", label: "Assistance" },
  { key: "reintegration", label: "Reintegration" },
  { key: "closure", label: "Closure" },
];

export type StageCheck = { ok: true } | { ok: false; field: string; message: string };

/** Whether a case may move to `stage` on `pathway`, given the reflection end date it brings. */
export function checkStageChange(
  pathway: readonly NrmStage[],
  stage: string,
  reflectionPeriodEnds: string | null,
  since: string,
): StageCheck {
  const target = pathway.find((s) => s.key === stage);
  if (!target)
    return {
      ok: false,
      field: "stage",
      message: `is not a stage of this pathway; choose from ${pathway.map((s) => s.key).join(", ")}`,
    };
  if (target.reflection && !reflectionPeriodEnds)
    return {
      ok: false,
      field: "reflectionPeriodEnds",
      message: "is required for a recovery and reflection period",
    };
  if (reflectionPeriodEnds && reflectionPeriodEnds < since)
    return { ok: false, field: "reflectionPeriodEnds", message: "must not be before the stage starts" };
  return { ok: true };
}
