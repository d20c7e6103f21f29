import { describe, expect, it } from "vitest";
import { jsonLineToAd, MAX_ID_CHARS, toAd, type RowRules } from "./rows.ts";

const MAPPING = { id: "id", text: "text", title: "title", date: "date", place: "place" };
const NUMBERED: RowRules = { id: "row-number", blankTextMissing: true };

const line = (value: unknown, rules?: RowRules) => jsonLineToAd(JSON.stringify(value), MAPPING, 7, rules);

describe("a row as an ad", () => {
  it("takes the mapped fields, trimming the id and leaving out empty ones", () => {
    expect(
      toAd(
        (name) => ({ ref: " A1 ", body: "hello", t: "", d: 1714000000000, p: "Lyon" })[name],
        {
          id: "ref",
          text: "body",
          title: "t",
          date: "d",
          place: "p",
        },
        3,
      ),
    ).toEqual({
      kind: "ad",
      row: 3,
      ad: { id: "A1", text: "hello", date: 1714000000000, place: "Lyon" },
      repaired: false,
    });
  });

  it("says why a JSON line is not an ad", () => {
    expect(jsonLineToAd("nope", MAPPING, 1)).toMatchObject({ kind: "problem", reason: "invalid_json" });
    expect(jsonLineToAd("[1]", MAPPING, 1)).toMatchObject({ kind: "problem", reason: "not_an_object" });
    expect(line({ text: "no id" })).toEqual({ kind: "problem", row: 7, id: null, reason: "missing_id" });
    expect(line({ id: "x\u0000", text: "t" })).toMatchObject({ reason: "invalid_id" });
    expect(line({ id: "x".repeat(MAX_ID_CHARS + 1), text: "t" })).toMatchObject({ reason: "invalid_id" });
    expect(line({ id: "y" })).toEqual({ kind: "problem", row: 7, id: "y", reason: "missing_text" });
    expect(line({ id: "y", text: 12 })).toMatchObject({ reason: "missing_text" });
  });

  it("reads only an object's own fields", () => {
    expect(jsonLineToAd('{"text":"t"}', { id: "constructor", text: "text" }, 1)).toMatchObject({
      reason: "missing_id",
    });
  });

  it("names a row without an id after its number when the rules say so, and treats blank text as none", () => {
    expect(line({ text: "hello" }, NUMBERED)).toMatchObject({ kind: "ad", ad: { id: "row-7" } });
    expect(line({ id: "a", text: "  " }, NUMBERED)).toMatchObject({ reason: "missing_text" });
    // Otherwise blank text is an ad, which the engine skips as empty.
    expect(line({ id: "a", text: "  " })).toMatchObject({ kind: "ad", ad: { text: "  " } });
    expect(line({ id: "x\u0001", text: "t" }, NUMBERED)).toMatchObject({ reason: "invalid_id" });
  });

  it("counts text or a title holding U+FFFD (invalid UTF-8 decoded) as repaired", () => {
    expect(line({ id: "a", text: "caf\ufffd" })).toMatchObject({ kind: "ad", repaired: true });
    expect(line({ id: "a", text: "ok", title: "\ufffd" })).toMatchObject({ kind: "ad", repaired: true });
    expect(line({ id: "a", text: "ok", place: "\ufffd" })).toMatchObject({ kind: "ad", repaired: false });
  });
});
