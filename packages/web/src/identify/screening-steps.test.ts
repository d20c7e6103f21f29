import { DIMENSIONS, EMPTY_PREFERENCES, ILO_EC_2009, indicatorsFor, type Catalogue } from "@ariadne/domain";
import { describe, expect, it } from "vitest";
import { applyPending, type DraftFields } from "./pending-changes.ts";
import { buildSteps, isStepKey, resumeStep, stepPosition } from "./screening-steps.ts";

const keys = (catalogue: Catalogue, set: Parameters<typeof buildSteps>[1]) =>
  buildSteps(catalogue, set).map((step) => step.key);

const draft = (overrides: Partial<DraftFields> = {}) =>
  applyPending(
    {
      safety: { dangerNow: "no", urgentMedical: "no", possiblyChild: "no", interpreterNeeded: "no" },
      preferences: EMPTY_PREFERENCES,
      safetyConcerns: null,
      exploitation: "labour",
      answers: {},
      notes: {},
      ...overrides,
    },
    {},
  );

describe("buildSteps", () => {
  it("opens with immediate safety, then preferences, the form, six dimensions and the review", () => {
    expect(keys(ILO_EC_2009, "adult_labour")).toEqual([
      "safety",
      "preferences",
      "exploitation",
      ...DIMENSIONS,
      "review",
    ]);
  });

  it("lists the six dimensions before the form is chosen, so the step count does not jump", () => {
    const steps = buildSteps(ILO_EC_2009, null);
    expect(steps).toHaveLength(10);
    expect(steps.every((step) => !("indicators" in step) || step.indicators.length === 0)).toBe(true);
  });

  it("gives each dimension step exactly the set's indicators of that dimension, in order", () => {
    const steps = buildSteps(ILO_EC_2009, "child_sexual");
    const asked = steps.flatMap((step) => ("indicators" in step ? step.indicators.map((i) => i.id) : []));
    expect(asked).toEqual(indicatorsFor(ILO_EC_2009, "child_sexual").map((i) => i.id));
  });

  it("leaves out a dimension with no indicator in the set", () => {
    const catalogue: Catalogue = {
      ...ILO_EC_2009,
      indicators: ILO_EC_2009.indicators.filter((i) => i.dimension !== "coercion_at_destination"),
    };
    expect(keys(catalogue, "adult_labour")).not.toContain("coercion_at_destination");
    expect(keys(catalogue, "adult_labour")).toHaveLength(9);
  });
});

describe("stepPosition", () => {
  const steps = buildSteps(ILO_EC_2009, "adult_labour");

  it("numbers steps from 1 and names the neighbours", () => {
    expect(stepPosition(steps, "exploitation")).toEqual({
      index: 2,
      number: 3,
      total: 10,
      previous: "preferences",
      next: "deceptive_recruitment",
    });
    expect(stepPosition(steps, "safety").previous).toBeNull();
    expect(stepPosition(steps, "review").next).toBeNull();
  });

  it("falls back to the first step for a step that is not in the list", () => {
    const without = steps.filter((step) => step.key !== "coercion_at_destination");
    expect(stepPosition(without, "coercion_at_destination").number).toBe(1);
  });
});

describe("resumeStep", () => {
  const steps = buildSteps(ILO_EC_2009, "adult_labour");
  const [d1] = indicatorsFor(ILO_EC_2009, "adult_labour");

  it("returns to immediate safety while a safety question is open", () => {
    const state = draft({
      safety: { dangerNow: "no", urgentMedical: null, possiblyChild: "no", interpreterNeeded: "no" },
    });
    expect(resumeStep(steps, state)).toBe("safety");
  });

  it("skips the optional preferences and asks for the form when it is missing", () => {
    expect(resumeStep(steps, draft({ exploitation: null }))).toBe("exploitation");
  });

  it("continues at the first dimension with an unanswered indicator", () => {
    const answers = Object.fromEntries(
      indicatorsFor(ILO_EC_2009, "adult_labour")
        .filter((i) => i.dimension === "deceptive_recruitment")
        .map((i) => [i.id, "absent" as const]),
    );
    expect(resumeStep(steps, draft({ answers }))).toBe("coercive_recruitment");
    expect(resumeStep(steps, draft({ answers: { [d1?.id ?? ""]: "present" } }))).toBe(
      "deceptive_recruitment",
    );
  });

  it("goes to the review when everything is answered", () => {
    const answers = Object.fromEntries(
      indicatorsFor(ILO_EC_2009, "adult_labour").map((i) => [i.id, "unknown" as const]),
    );
    expect(resumeStep(steps, draft({ answers }))).toBe("review");
  });
});

describe("isStepKey", () => {
  it("accepts the steps' keys and nothing else", () => {
    expect(isStepKey("safety")).toBe(true);
    expect(isStepKey("vulnerability_at_destination")).toBe(true);
    expect(isStepKey("result")).toBe(false);
    expect(isStepKey(undefined)).toBe(false);
  });
});
