import { z } from "zod";
import { plainText } from "../text.ts";
import type { ScreeningDecision } from "./decision.ts";
import type { IndicatorSet, Pathway } from "./vocabulary.ts";

/** A question that may be answered yes, no, or "do not know". */
export const TRI_STATES = ["yes", "no", "unknown"] as const;
export type TriState = (typeof TRI_STATES)[number];

export const EXPLOITATION_FORMS = ["labour", "sexual"] as const;
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

export const GENDER_PREFERENCES = ["female", "male", "no_preference"] as const;

/**
 * The questions that cannot wait, asked before any indicator: danger now, urgent medical
 * need, whether the person may be a child, whether an interpreter is needed.
 */
export const safetySchema = z
  .strictObject({
    dangerNow: z.enum(TRI_STATES).nullable(),
    urgentMedical: z.enum(TRI_STATES).nullable(),
    possiblyChild: z.enum(TRI_STATES).nullable(),
    interpreterNeeded: z.enum(TRI_STATES).nullable(),
  })
  .meta({ id: "ScreeningSafety" });
export type Safety = z.infer<typeof safetySchema>;

export const EMPTY_SAFETY: Safety = {
  dangerNow: null,
  urgentMedical: null,
  possiblyChild: null,
  interpreterNeeded: null,
};

/** The person's preferences for who interviews and interprets. Not identifying. */
export const preferencesSchema = z
  .strictObject({
    interviewerGender: z.enum(GENDER_PREFERENCES).nullable(),
    interpreterGender: z.enum(GENDER_PREFERENCES).nullable(),
    interpreterLanguage: plainText(60).nullable(),
  })
  .meta({ id: "ScreeningPreferences" });
export type Preferences = z.infer<typeof preferencesSchema>;

export const EMPTY_PREFERENCES: Preferences = {
  interviewerGender: null,
  interpreterGender: null,
  interpreterLanguage: null,
};

/**
 * The child pathway applies when the person may be under 18 — including when nobody knows:
 * where age is uncertain, the person is presumed to be a child (Directive 2011/36/EU Art. 13(2)).
 */
export function pathwayFor(safety: Safety): Pathway {
  return safety.possiblyChild === "yes" || safety.possiblyChild === "unknown" ? "child" : "adult";
}

export function setFor(pathway: Pathway, form: ExploitationForm | null): IndicatorSet | null {
  return form === null ? null : `${pathway}_${form}`;
}

export const NEXT_STEPS = [
  "call_emergency_services",
  "urgent_medical_care",
  "child_protection_referral",
  "appoint_guardian",
  "presume_minority",
  "arrange_interpreter",
  "respect_gender_preference",
  "refer_now",
  "assess_further",
  "record_and_stay_alert",
  "no_conditionality",
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/**
 * What the screener should do next, most urgent first. Safety comes before the outcome; a
 * possible child always goes to child protection; support never depends on cooperating with
 * the police (Directive 2011/36/EU Art. 11(3)).
 */
export function nextSteps(
  decision: ScreeningDecision | null,
  safety: Safety,
  preferences: Preferences,
): NextStep[] {
  const steps: NextStep[] = [];
  if (safety.dangerNow === "yes") steps.push("call_emergency_services");
  if (safety.urgentMedical === "yes") steps.push("urgent_medical_care");
  if (pathwayFor(safety) === "child") {
    steps.push("child_protection_referral", "appoint_guardian");
    if (safety.possiblyChild === "unknown") steps.push("presume_minority");
  }
  if (safety.interpreterNeeded === "yes") steps.push("arrange_interpreter");
  const genderPreference = [preferences.interviewerGender, preferences.interpreterGender].some(
    (g) => g === "female" || g === "male",
  );
  if (genderPreference) steps.push("respect_gender_preference");
  if (decision) {
    switch (decision.level) {
      case "presumed_victim":
        steps.push("refer_now", "no_conditionality");
        break;
      case "possible_victim":
        steps.push("assess_further", "no_conditionality");
        break;
      case "no_indication":
        steps.push("record_and_stay_alert");
        break;
    }
  }
  return steps;
}
