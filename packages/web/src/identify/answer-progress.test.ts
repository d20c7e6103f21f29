import { ILO_EC_2009, indicatorsFor } from "@ariadne/domain";
import { describe, expect, it } from "vitest";
import { answeredCount, countAnswers, progressPercent } from "./answer-progress.ts";

const d1 = indicatorsFor(ILO_EC_2009, "adult_labour").filter((i) => i.dimension === "deceptive_recruitment");
const [first, second, third, fourth] = d1.map((i) => i.id);

describe("countAnswers", () => {
  it("counts each kind of answer, and a missing answer as not asked", () => {
    const counts = countAnswers(d1, {
      [first ?? ""]: "present",
      [second ?? ""]: "absent",
      [third ?? ""]: "unknown",
      [fourth ?? ""]: "not_asked",
    });
    expect(counts).toEqual({
      present: 1,
      absent: 1,
      unknown: 1,
      not_asked: d1.length - 3,
      total: d1.length,
      answered: 3,
    });
  });

  it("ignores answers to indicators outside the list", () => {
    expect(answeredCount(d1, { "d5.debt_bondage": "present" })).toBe(0);
  });

  it("does not read inherited properties as answers", () => {
    expect(answeredCount([{ ...d1[0], id: "constructor" } as (typeof d1)[number]], {})).toBe(0);
  });
});

describe("progressPercent", () => {
  it("is the share of steps reached", () => {
    expect(progressPercent(1, 10)).toBe(10);
    expect(progressPercent(10, 10)).toBe(100);
    expect(progressPercent(1, 3)).toBe(33);
  });

  it("stays between 0 and 100", () => {
    expect(progressPercent(12, 10)).toBe(100);
    expect(progressPercent(-1, 10)).toBe(0);
    expect(progressPercent(1, 0)).toBe(0);
  });
});
