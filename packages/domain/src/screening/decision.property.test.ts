import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScreeningAnswers } from "./answers.ts";
import { indicatorsFor, type Catalogue, type Condition, type DimensionRuleAlternative } from "./catalogue.ts";
import { ILO_EC_2009 } from "./catalogues/ilo-ec-2009.ts";
import { decide } from "./decision.ts";
import { compareLevels, DIMENSIONS, INDICATOR_SETS, type Answer, type IndicatorSet } from "./vocabulary.ts";

/**
 * Answers to `count` questions, with mixes from almost all absent to mostly present, so that
 * every level and every transition between them is exercised; `undefined` leaves a question
 * out of the answers.
 */
const answerList = (count: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: 20 }), fc.nat(4), fc.nat(3), fc.nat(2), fc.nat(2))
    .chain(([absent, present, unknown, notAsked, missing]) =>
      fc.array(
        fc.oneof(
          { arbitrary: fc.constant<Answer | undefined>("absent"), weight: absent },
          { arbitrary: fc.constant<Answer | undefined>("present"), weight: present },
          { arbitrary: fc.constant<Answer | undefined>("unknown"), weight: unknown },
          { arbitrary: fc.constant<Answer | undefined>("not_asked"), weight: notAsked },
          { arbitrary: fc.constant<Answer | undefined>(undefined), weight: missing },
        ),
        { minLength: count, maxLength: count },
      ),
    );

const dimensionRule = fc.array(
  fc
    .record({ strong: fc.nat(3), medium: fc.nat(4), weak: fc.nat(3), mediumOrWeak: fc.nat(3) })
    .filter((a: DimensionRuleAlternative) => Object.values(a).some((n) => n > 0)),
  { minLength: 1, maxLength: 4 },
);

const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ dimension: fc.constantFrom(...DIMENSIONS) }),
    fc.record({ all: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
  ),
})).node;

/** The shipped catalogue, or the same indicators under arbitrary rules. */
const catalogue: fc.Arbitrary<Catalogue> = fc.oneof(
  fc.constant(ILO_EC_2009),
  fc.record({ anyOf: dimensionRule, adult: condition, child: condition }).map(({ anyOf, adult, child }) => ({
    ...ILO_EC_2009,
    rules: { dimension: { anyOf }, victim: { adult, child }, verified: false },
  })),
);

/** Answers spread over all questions of the set, from almost all absent to mostly present. */
const spreadAnswers = (ids: readonly string[]) =>
  answerList(ids.length).map((values) => {
    const answers: Record<string, Answer> = {};
    values.forEach((value, i) => {
      const id = ids[i];
      if (value !== undefined && id !== undefined) answers[id] = value;
    });
    return answers;
  });

/**
 * Answers that put each dimension near its threshold: up to three present and two unknown in
 * each, the rest absent or not answered. Edge cases of the rules live here.
 */
const thresholdAnswers = (cat: Catalogue, set: IndicatorSet) =>
  fc
    .tuple(
      ...DIMENSIONS.map((dimension) => {
        const ids = indicatorsFor(cat, set)
          .filter((i) => i.dimension === dimension)
          .map((i) => i.id);
        return fc.tuple(
          fc.shuffledSubarray(ids, { maxLength: 3 }),
          fc.shuffledSubarray(ids, { maxLength: 2 }),
          fc.subarray(ids),
        );
      }),
    )
    .map((perDimension) => {
      const answers: Record<string, Answer> = {};
      for (const [present, unknown, absent] of perDimension) {
        for (const id of absent) answers[id] = "absent";
        for (const id of unknown) answers[id] = "unknown";
        for (const id of present) answers[id] = "present";
      }
      return answers;
    });

/** A screening: a catalogue, a set, answers to the set's questions, and one of its indicators. */
const screening = fc.tuple(catalogue, fc.constantFrom(...INDICATOR_SETS)).chain(([cat, set]) => {
  const ids = indicatorsFor(cat, set).map((i) => i.id);
  return fc.record({
    catalogue: fc.constant(cat),
    set: fc.constant<IndicatorSet>(set),
    answers: fc.oneof(spreadAnswers(ids), thresholdAnswers(cat, set)),
    id: fc.constantFrom(...ids),
  });
});

// Breaking monotonicity takes a rare mix of answers: more runs than fast-check's default 100.
const RUNS = { numRuns: 500 };

const level = (s: { catalogue: Catalogue; set: IndicatorSet }, answers: ScreeningAnswers) =>
  decide(s.catalogue, s.set, answers).level;

describe("decide, for any answers and any rules", () => {
  it("never lowers the level when an indicator becomes present", () => {
    fc.assert(
      fc.property(screening, (s) => {
        const before = decide(s.catalogue, s.set, s.answers);
        const after = decide(s.catalogue, s.set, { ...s.answers, [s.id]: "present" });
        expect(compareLevels(after.level, before.level)).toBeGreaterThanOrEqual(0);
        for (const [i, d] of before.dimensions.entries())
          if (d.positive) expect(after.dimensions[i]?.positive).toBe(true);
      }),
      RUNS,
    );
  });

  it("never gives a lower level for an unknown than for the same indicator absent", () => {
    fc.assert(
      fc.property(screening, (s) => {
        const unknown = level(s, { ...s.answers, [s.id]: "unknown" });
        const absent = level(s, { ...s.answers, [s.id]: "absent" });
        expect(compareLevels(unknown, absent)).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("never raises the level when every unknown becomes absent", () => {
    fc.assert(
      fc.property(screening, (s) => {
        const resolved = Object.fromEntries(
          Object.entries(s.answers).map(([id, a]) => [id, a === "unknown" ? "absent" : a]),
        ) as ScreeningAnswers;
        expect(compareLevels(level(s, resolved), level(s, s.answers))).toBeLessThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the answers", () => {
    fc.assert(
      fc.property(
        screening.chain((s) =>
          fc
            .shuffledSubarray(Object.entries(s.answers), { minLength: Object.keys(s.answers).length })
            .map((entries) => ({ ...s, shuffled: Object.fromEntries(entries) })),
        ),
        (s) => {
          expect(decide(s.catalogue, s.set, s.shuffled)).toEqual(decide(s.catalogue, s.set, s.answers));
        },
      ),
    );
  });

  it("treats not asked, and no answer at all, like absent for presence", () => {
    fc.assert(
      fc.property(screening, (s) => {
        const withAbsent = Object.fromEntries(
          indicatorsFor(s.catalogue, s.set).map((i) => {
            const given = s.answers[i.id];
            return [i.id, given === undefined || given === "not_asked" ? "absent" : given];
          }),
        ) as ScreeningAnswers;
        const asked = decide(s.catalogue, s.set, s.answers);
        const absent = decide(s.catalogue, s.set, withAbsent);
        expect({ ...asked, notAskedCount: 0, explanation: [] }).toEqual({ ...absent, explanation: [] });
      }),
    );
  });

  it("marks a dimension that could be positive whenever it is positive, and only through unknowns", () => {
    fc.assert(
      fc.property(screening, (s) => {
        for (const d of decide(s.catalogue, s.set, s.answers).dimensions) {
          if (d.positive) expect(d.couldBePositive).toBe(true);
          if (d.unknown.length === 0) expect(d.couldBePositive).toBe(d.positive);
        }
      }),
    );
  });

  it("names only present indicators as deciding, and some whenever a victim is presumed", () => {
    fc.assert(
      fc.property(screening, (s) => {
        const decision = decide(s.catalogue, s.set, s.answers);
        for (const id of decision.deciding) expect(s.answers[id]).toBe("present");
        if (decision.level === "no_indication") expect(decision.deciding).toEqual([]);
        expect(decision.unknownCount).toBe(Object.values(s.answers).filter((a) => a === "unknown").length);
      }),
    );
  });

  it("is total: any object of anything gives a decision", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATOR_SETS),
        fc.dictionary(
          fc.oneof(fc.string(), fc.constantFrom(...ILO_EC_2009.indicators.map((i) => i.id))),
          fc.anything(),
        ),
        (set, answers) => {
          expect(() => decide(ILO_EC_2009, set, answers as ScreeningAnswers)).not.toThrow();
        },
      ),
    );
  });
});
