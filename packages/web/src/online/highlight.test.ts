import { describe, expect, it } from "vitest";
import { segments } from "./highlight.ts";

describe("segments", () => {
  it("marks the spans and keeps the rest plain, in order", () => {
    expect(
      segments("new in town, outcall only", [
        { start: 0, end: 11 },
        { start: 13, end: 25 },
      ]),
    ).toEqual([
      { text: "new in town", marked: true },
      { text: ", ", marked: false },
      { text: "outcall only", marked: true },
    ]);
  });

  it("merges overlapping spans and clips those outside the text", () => {
    expect(
      segments("abcdef", [
        { start: 3, end: 99 },
        { start: 1, end: 4 },
        { start: -2, end: 0 },
      ]),
    ).toEqual([
      { text: "a", marked: false },
      { text: "bcdef", marked: true },
    ]);
  });

  it("gives the whole text unmarked without spans", () => {
    expect(segments("plain", [])).toEqual([{ text: "plain", marked: false }]);
    expect(segments("", [{ start: 0, end: 3 }])).toEqual([]);
  });
});
