import type { ErrorDetail, Result } from "../errors.ts";
import { indicatorsFor, type Catalogue } from "./catalogue.ts";
import { ANSWERS, INDICATOR_SETS, type Answer, type IndicatorSet } from "./vocabulary.ts";

/** Answers by indicator id. An indicator of the set without an answer counts as `not_asked`. */
export type ScreeningAnswers = Readonly<Record<string, Answer>>;

const isAnswer = (value: unknown): value is Answer => (ANSWERS as readonly unknown[]).includes(value);

/**
 * Checks answers against a catalogue and set: every key must be an indicator of the catalogue
 * that belongs to the set (a child-only indicator is refused in an adult screening and the
 * reverse), and every value one of ANSWERS. Issues name the indicator: `answers.<id>`.
 * The value keeps the answers in the set's question order.
 */
export function validateAnswers(
  catalogue: Catalogue,
  set: IndicatorSet,
  answers: unknown,
): Result<ScreeningAnswers> {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers))
    return {
      ok: false,
      issues: [{ path: "answers", message: "must be an object of answers by indicator id" }],
    };

  const issues: ErrorDetail[] = [];
  const known = new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator]));
  const given = new Map<string, Answer>();
  for (const [id, value] of Object.entries(answers)) {
    const path = `answers.${id}`;
    const indicator = known.get(id);
    if (indicator === undefined) {
      issues.push({ path, message: `is not an indicator of catalogue ${catalogue.id} ${catalogue.version}` });
    } else if (indicator.grades[set] === undefined) {
      const sets = INDICATOR_SETS.filter((s) => indicator.grades[s] !== undefined).join(", ");
      issues.push({ path, message: `belongs to the ${sets} set(s), not to the ${set} screening` });
    } else if (!isAnswer(value)) {
      issues.push({ path, message: `must be one of ${ANSWERS.join(", ")}` });
    } else {
      given.set(id, value);
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const value: Record<string, Answer> = {};
  for (const indicator of indicatorsFor(catalogue, set)) {
    const answer = given.get(indicator.id);
    if (answer !== undefined) value[indicator.id] = answer;
  }
  return { ok: true, value };
}

/** The answer recorded for an indicator; a missing answer is `not_asked`. */
export function answerFor(answers: ScreeningAnswers, id: string): Answer {
  // Own properties only: an id such as "constructor" must not read Object.prototype.
  const answer: unknown = Object.hasOwn(answers, id) ? answers[id] : undefined;
  return isAnswer(answer) ? answer : "not_asked";
}
