import { describe, expect, it } from "vitest";
import { AdFileError, CsvAdReader, readJsonLineAds } from "./ad-file.ts";
import { MAX_ROW_CHARS, type AdRow, type ColumnMapping, type RowRules } from "./rows.ts";

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function all(rows: AsyncIterable<AdRow>): Promise<AdRow[]> {
  const out: AdRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/** The rows of a CSV text pushed in pieces of `size`. */
function csv(text: string, mapping: ColumnMapping, size = 3, options = {}): AdRow[] {
  const reader = new CsvAdReader(mapping, options);
  const out: AdRow[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...reader.push(text.slice(i, i + size)));
  return [...out, ...reader.end()];
}

/** The AdFileError that reading `text` throws. */
function refusal(text: string, mapping: ColumnMapping, options = {}): AdFileError {
  try {
    csv(text, mapping, 4, options);
  } catch (error) {
    if (error instanceof AdFileError) return error;
    throw error;
  }
  throw new Error("read without an error");
}

const MAPPING = { id: "id", text: "text", title: "title", date: "date", place: "place" };
const NUMBERED: RowRules = { id: "row-number", blankTextMissing: true };

describe("CsvAdReader", () => {
  it("names the missing column and the columns found", () => {
    const error = refusal("id;body\n1;x\n", { ...MAPPING, explicit: new Set() }, { delimiter: ";" });
    expect(error.message).toBe('the text column "text" is not in the file; columns found: "id", "body"');
    expect(error.column).toEqual({ role: "text", name: "text", found: ["id", "body"] });
  });

  it("requires the id column when ids are required, and a column named explicitly", () => {
    expect(refusal("ref,text\n", MAPPING).column).toMatchObject({ role: "id", name: "id" });
    expect(
      refusal("id,text\n", { ...MAPPING, title: "head", explicit: new Set(["title"]) }).column,
    ).toMatchObject({
      role: "title",
      name: "head",
    });
    // With numbered rows the id column may be absent, unless it was named.
    expect(csv("text\nhello\n", { id: "id", text: "text" }, 2, { rules: NUMBERED })).toEqual([
      { kind: "ad", row: 1, ad: { id: "row-1", text: "hello" }, repaired: false },
    ]);
    const named = { id: "ref", text: "text", explicit: new Set(["id" as const]) };
    expect(refusal(",text, \n", named, { rules: NUMBERED }).column).toEqual({
      role: "id",
      name: "ref",
      found: ["", "text", ""],
    });
    expect(refusal(",\n", named, { rules: NUMBERED }).message).toContain("columns found: (none)");
  });

  it("refuses an empty file and a header line longer than the limit", () => {
    expect(refusal("", MAPPING).code).toBe("no_header");
    expect(refusal("\n\r\n", MAPPING).code).toBe("no_header");
    expect(refusal(`id,text,${"x".repeat(50)}\n`, MAPPING, { maxRowChars: 20 }).code).toBe("header_too_long");
  });

  it("takes title, date and place by their names when present", () => {
    expect(csv("id,text,place\nA,hello,Lyon\n", { ...MAPPING, explicit: new Set() })).toEqual([
      { kind: "ad", row: 1, ad: { id: "A", text: "hello", place: "Lyon" }, repaired: false },
    ]);
  });

  it("numbers rows after the header and says why each is not an ad", () => {
    const text = [
      "ref;body;posted",
      'c-1;"Sofa for sale; blue, ""as new""";2026-10-02',
      ";no id here;2026-10-04",
      `c-2;${"x".repeat(60)};2026-10-05`,
      "c-3;;2026-10-06",
      'c-4;"never closed',
    ].join("\r\n");
    const mapping = { id: "ref", text: "body", date: "posted" };
    for (const size of [1, 2, 5, 1000]) {
      expect(
        csv(text, mapping, size, { delimiter: ";", maxRowChars: 45 }),
        `pieces of ${String(size)}`,
      ).toEqual([
        {
          kind: "ad",
          row: 1,
          ad: { id: "c-1", text: 'Sofa for sale; blue, "as new"', date: "2026-10-02" },
          repaired: false,
        },
        { kind: "problem", row: 2, id: null, reason: "missing_id" },
        { kind: "problem", row: 3, id: null, reason: "too_long" },
        { kind: "ad", row: 4, ad: { id: "c-3", text: "", date: "2026-10-06" }, repaired: false },
        { kind: "problem", row: 5, id: null, reason: "unterminated_quote" },
      ]);
    }
    // With numbered rows, blank text is no text.
    expect(csv("id,text\nc-3,\n", MAPPING, 3, { rules: NUMBERED })).toEqual([
      { kind: "problem", row: 1, id: "c-3", reason: "missing_text" },
    ]);
  });

  it("reads a last record closed by its final quote, without a line break, as an ad", () => {
    expect(csv('id,text\n1,"hello, world"', MAPPING, 4)).toEqual([
      { kind: "ad", row: 1, ad: { id: "1", text: "hello, world" }, repaired: false },
    ]);
  });

  it("counts rows whose invalid UTF-8 was replaced as repaired", () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode("id,text\n1,Caf"),
      0xc3,
      0x28,
      0x0a,
      0x32,
      0x2c,
      0x61,
    ]);
    const decoder = new TextDecoder("utf-8", { fatal: false });
    const reader = new CsvAdReader(MAPPING);
    const rows: AdRow[] = [];
    // One byte at a time: the decoder keeps a sequence cut between pieces.
    for (const byte of bytes)
      rows.push(...reader.push(decoder.decode(Uint8Array.of(byte), { stream: true })));
    rows.push(...reader.push(decoder.decode()), ...reader.end());
    expect(rows).toEqual([
      { kind: "ad", row: 1, ad: { id: "1", text: "Caf\ufffd(" }, repaired: true },
      { kind: "ad", row: 2, ad: { id: "2", text: "a" }, repaired: false },
    ]);
  });
});

describe("readJsonLineAds", () => {
  it("reads lines split across pieces, counting blank lines for the row numbers", async () => {
    const text = '{"id":"a","text":"one"}\n\n{"id":"b","text":"two\\u00e9"}\r\n{"id":3,"text":"three"}';
    for (const size of [1, 4, 100]) {
      const rows = await all(readJsonLineAds(pieces(text, size), MAPPING));
      expect(rows.map((r) => (r.kind === "ad" ? [r.row, r.ad.id, r.ad.text] : r))).toEqual([
        [1, "a", "one"],
        [3, "b", "twoé"],
        [4, "3", "three"],
      ]);
    }
  });

  it("skips a line longer than the cap without keeping it, and reads the next", async () => {
    async function* body() {
      yield '{"id":"a","text":"';
      for (let i = 0; i < 3; i++) yield "x".repeat(MAX_ROW_CHARS);
      yield '"}\n{"id":"b","text":"fine"}\n';
    }
    const rows = await all(readJsonLineAds(body(), MAPPING));
    expect(rows).toEqual([
      { kind: "problem", row: 1, id: null, reason: "too_long" },
      { kind: "ad", row: 2, ad: { id: "b", text: "fine" }, repaired: false },
    ]);
  });

  it("says why a line is not an ad", async () => {
    const rows = await all(
      readJsonLineAds(pieces('nope\n[1]\n{"text":"no id"}\n{"id":"x\\u0000"}\n{"id":"y"}\n', 5), MAPPING),
    );
    expect(rows.map((r) => (r.kind === "problem" ? r.reason : "ad"))).toEqual([
      "invalid_json",
      "not_an_object",
      "missing_id",
      "invalid_id",
      "missing_text",
    ]);
  });

  it("names rows without an id after their line when the rules say so", async () => {
    const rows = await all(readJsonLineAds(pieces('\n{"text":"hi"}\n', 2), MAPPING, NUMBERED));
    expect(rows).toEqual([{ kind: "ad", row: 2, ad: { id: "row-2", text: "hi" }, repaired: false }]);
  });
});
