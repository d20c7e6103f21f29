import type { Answer, Indicator } from "@ariadne/domain";

/** How the indicators of a step (or of the whole set) were answered. */
export type AnswerCounts = Readonly<Record<Answer, number>> & {
  readonly total: number;
  /** Present, absent or unknown: asked, whatever the reply. */
  readonly answered: number;
};

function answerOf(answers: Readonly<Record<string, Answer>>, id: string): Answer {
  return Object.hasOwn(answers, id) ? (answers[id] ?? "not_asked") : "not_asked";
}

export function countAnswers(
  indicators: readonly Indicator[],
  answers: Readonly<Record<string, Answer>>,
): AnswerCounts {
  const counts: Record<Answer, number> = { present: 0, absent: 0, unknown: 0, not_asked: 0 };
  for (const indicator of indicators) counts[answerOf(answers, indicator.id)] += 1;
  return { ...counts, total: indicators.length, answered: indicators.length - counts.not_asked };
}

/** How many of the indicators were asked (present, absent or unknown). */
export function answeredCount(
  indicators: readonly Indicator[],
  answers: Readonly<Record<string, Answer>>,
): number {
  return countAnswers(indicators, answers).answered;
}

/** The progress bar's value, 0–100, for step `number` of `total`. */
export function progressPercent(number: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((Math.min(Math.max(number, 0), total) / total) * 100);
}
