import {
  DIMENSIONS,
  indicatorsFor,
  type Catalogue,
  type Dimension,
  type Indicator,
  type IndicatorSet,
} from "@ariadne/domain";
import { answeredCount } from "./answer-progress.ts";
import type { DraftState } from "./pending-changes.ts";

/** One screen of the guided flow; the key is also the `step` search parameter. */
export type Step =
  | { readonly key: "safety" }
  | { readonly key: "preferences" }
  | { readonly key: "exploitation" }
  | { readonly key: Dimension; readonly dimension: Dimension; readonly indicators: readonly Indicator[] }
  | { readonly key: "review" };

export type StepKey = Step["key"];

const FIXED_KEYS = ["safety", "preferences", "exploitation", "review"] as const;

export function isStepKey(value: unknown): value is StepKey {
  return [...FIXED_KEYS, ...DIMENSIONS].some((key) => key === value);
}

/**
 * The steps, in order: immediate safety first, then preferences, the form of exploitation, one
 * step per dimension that has indicators in the set, and the review. Before the form is chosen
 * the set is unknown, so all six dimensions are listed (with no indicators yet).
 */
export function buildSteps(catalogue: Catalogue, set: IndicatorSet | null): Step[] {
  const indicators = set === null ? [] : indicatorsFor(catalogue, set);
  const dimensions = DIMENSIONS.flatMap((dimension): Step[] => {
    const own = indicators.filter((indicator) => indicator.dimension === dimension);
    return set !== null && own.length === 0 ? [] : [{ key: dimension, dimension, indicators: own }];
  });
  return [
    { key: "safety" },
    { key: "preferences" },
    { key: "exploitation" },
    ...dimensions,
    { key: "review" },
  ];
}

export interface StepPosition {
  /** 0-based. */
  readonly index: number;
  /** 1-based, as shown: "step 3 of 10". */
  readonly number: number;
  readonly total: number;
  readonly previous: StepKey | null;
  readonly next: StepKey | null;
}

/** Where a step sits; a key that is not (or no longer) a step falls back to the first step. */
export function stepPosition(steps: readonly Step[], key: StepKey): StepPosition {
  const found = steps.findIndex((step) => step.key === key);
  const index = found === -1 ? 0 : found;
  return {
    index,
    number: index + 1,
    total: steps.length,
    previous: steps[index - 1]?.key ?? null,
    next: steps[index + 1]?.key ?? null,
  };
}

/**
 * Where a resumed draft continues: the first step still waiting for something the screening
 * needs (a safety question, the form of exploitation, an unanswered indicator), else the review.
 * Preferences are optional and never hold a screener back.
 */
export function resumeStep(steps: readonly Step[], state: DraftState): StepKey {
  const safetyOpen = Object.values(state.safety).some((value) => value === null);
  if (safetyOpen) return "safety";
  if (state.exploitation === null) return "exploitation";
  for (const step of steps) {
    if ("dimension" in step && answeredCount(step.indicators, state.answers) < step.indicators.length)
      return step.key;
  }
  return "review";
}
