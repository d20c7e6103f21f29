import { describe, expect, it } from "vitest";
import { CsvStream } from "./csv.ts";

/** The records of `pieces`, the too-long ones as null. */
function parse(pieces: string[], delimiter = ",", max = 1000): (string[] | null)[] {
  const reader = new CsvStream(max, delimiter);
  return [...pieces.flatMap((p) => reader.push(p)), ...reader.end()].map((r) => r.cells);
}

function cut(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}

describe("CsvStream", () => {
  const sample = '\ufeffid,text\r\n1,"Hello, ""world""\nsecond line"\r\n2,plain\n3,""\n';
  const expected = [
    ["id", "text"],
    ["1", 'Hello, "world"\nsecond line'],
    ["2", "plain"],
    ["3", ""],
  ];

  it("reads quotes, doubled quotes, newlines in quotes and CRLF", () => {
    expect(parse([sample])).toEqual(expected);
  });

  it("gives the same records however the text is cut into pieces", () => {
    for (let size = 1; size <= 7; size++) {
      expect(parse(cut(sample, size)), `pieces of ${String(size)}`).toEqual(expected);
    }
  });

  it("reads the same records whatever the size of the pieces, keeping CRLF inside quotes", () => {
    const csv = 'id,text\r\n1,"a ""quoted"", multi\r\nline"\r\n2,plain\r\n';
    for (const size of [1, 2, 3, 5, 7, 1000]) {
      expect(parse(cut(csv, size)), `pieces of ${String(size)}`).toEqual([
        ["id", "text"],
        ["1", 'a "quoted", multi\r\nline'],
        ["2", "plain"],
      ]);
    }
  });

  it("returns a last record without a final newline, and skips blank lines", () => {
    expect(parse(["a;b\n\nc;d"], ";")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("reads a tab-separated file, a quote inside a field being an ordinary character", () => {
    expect(parse(['a\tb"c\td\n'], "\t")).toEqual([["a", 'b"c', "d"]]);
  });

  it("refuses a delimiter that cannot separate fields", () => {
    for (const delimiter of ['"', "\n", "\r", ";;", ""]) expect(() => new CsvStream(10, delimiter)).toThrow();
  });

  it("counts a stray character after a closing quote as malformed, keeping it", () => {
    const reader = new CsvStream(1000);
    expect(reader.push('"ab"c,d\n').map((r) => r.cells)).toEqual([["abc", "d"]]);
    expect(reader.malformed).toBe(1);
  });

  it("drops a record longer than the cap as it streams, and goes on", () => {
    const reader = new CsvStream(10);
    const out = [...reader.push(`1,${"x".repeat(50)}\n2,ok\n`), ...reader.end()];
    expect(out).toEqual([
      { cells: null, tooLong: true },
      { cells: ["2", "ok"], tooLong: false },
    ]);
  });

  it("finds the end of a too-long record even when a piece starts with a quote in its middle", () => {
    const text = `1,${"x".repeat(20)}"y\n2,ok\n`;
    for (let size = 1; size <= 25; size++) {
      expect(parse(cut(text, size), ",", 10), `pieces of ${String(size)}`).toEqual([null, ["2", "ok"]]);
    }
  });

  it("knows a quote never closed at the end of input from one closed by the last character", () => {
    const open = new CsvStream(100);
    open.push('1,"never closed');
    expect(open.inQuotes).toBe(true);
    for (const pieces of [['1,"closed"'], ['1,"closed', '"'], ['1,"clo', 'sed"']]) {
      const reader = new CsvStream(100);
      const records = pieces.flatMap((p) => reader.push(p));
      expect(reader.inQuotes, pieces.join("|")).toBe(false);
      expect([...records, ...reader.end()].map((r) => r.cells)).toEqual([["1", "closed"]]);
    }
  });
});
