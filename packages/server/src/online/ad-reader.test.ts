import { describe, expect, it } from "vitest";
import { readCsv, readJsonLines, MAX_ROW_CHARS, type AdRow } from "./ad-reader.ts";
import { CsvStream } from "./csv-stream.ts";

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function all(rows: AsyncIterable<AdRow>): Promise<AdRow[]> {
  const out: AdRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const MAPPING = { id: "id", text: "text", title: "title", date: "date", place: "place" };

describe("CsvStream", () => {
  const csv = 'id,text\r\n1,"a ""quoted"", multi\r\nline"\r\n2,plain\r\n';
  const expected = [
    ["id", "text"],
    ["1", 'a "quoted", multi\r\nline'],
    ["2", "plain"],
  ];

  it("reads the same records whatever the size of the pieces", () => {
    for (const size of [1, 2, 3, 5, 7, 1000]) {
      const reader = new CsvStream(1000);
      const records: string[][] = [];
      for (let i = 0; i < csv.length; i += size)
        for (const r of reader.push(csv.slice(i, i + size))) if (r.cells) records.push(r.cells);
      for (const r of reader.end()) if (r.cells) records.push(r.cells);
      expect(records, `pieces of ${String(size)}`).toEqual(expected);
    }
  });

  it("drops a record longer than the cap as it streams, and goes on", () => {
    const reader = new CsvStream(10);
    const out = [...reader.push(`1,${"x".repeat(50)}\n2,ok\n`), ...reader.end()];
    expect(out).toEqual([
      { cells: null, tooLong: true },
      { cells: ["2", "ok"], tooLong: false },
    ]);
  });
});

describe("readCsv", () => {
  it("names the missing column and the columns found", async () => {
    await expect(
      all(readCsv(pieces("id;body\n1;x\n", 4), { ...MAPPING, explicit: new Set() }, ";")),
    ).rejects.toThrow('the text column "text" is not in the file; columns found: "id", "body"');
  });

  it("takes title, date and place by their default names when present", async () => {
    const rows = await all(
      readCsv(pieces("id,text,place\nA,hello,Lyon\n", 3), { ...MAPPING, explicit: new Set() }),
    );
    expect(rows).toEqual([
      { kind: "ad", row: 1, ad: { id: "A", text: "hello", place: "Lyon" }, repaired: false },
    ]);
  });
});

describe("readJsonLines", () => {
  it("reads lines split across pieces, counting blank lines for the row numbers", async () => {
    const text = '{"id":"a","text":"one"}\n\n{"id":"b","text":"two\\u00e9"}\r\n{"id":3,"text":"three"}';
    for (const size of [1, 4, 100]) {
      const rows = await all(readJsonLines(pieces(text, size), MAPPING));
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
    const rows = await all(readJsonLines(body(), MAPPING));
    expect(rows).toEqual([
      { kind: "problem", row: 1, id: null, reason: "too_long" },
      { kind: "ad", row: 2, ad: { id: "b", text: "fine" }, repaired: false },
    ]);
  });

  it("says why a line is not an ad", async () => {
    const rows = await all(
      readJsonLines(pieces('nope\n[1]\n{"text":"no id"}\n{"id":"x\\u0000"}\n{"id":"y"}\n', 5), MAPPING),
    );
    expect(rows.map((r) => (r.kind === "problem" ? r.reason : "ad"))).toEqual([
      "invalid_json",
      "not_an_object",
      "missing_id",
      "invalid_id",
      "missing_text",
    ]);
  });
});
