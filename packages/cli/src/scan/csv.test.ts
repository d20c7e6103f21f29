import { describe, expect, it } from "vitest";
import { CsvReader } from "./csv.ts";

function parse(pieces: string[], delimiter = ","): string[][] {
  const reader = new CsvReader(delimiter);
  return [...pieces.flatMap((p) => reader.push(p)), ...reader.end()];
}

const sample = '\ufeffid,text\r\n1,"Hello, ""world""\nsecond line"\r\n2,plain\n3,""\n';
const expected = [
  ["id", "text"],
  ["1", 'Hello, "world"\nsecond line'],
  ["2", "plain"],
  ["3", ""],
];

describe("the streaming CSV reader", () => {
  it("reads quotes, doubled quotes, newlines in quotes and CRLF", () => {
    expect(parse([sample])).toEqual(expected);
  });

  it("gives the same records however the text is cut into pieces", () => {
    for (let size = 1; size <= 7; size++) {
      const pieces: string[] = [];
      for (let i = 0; i < sample.length; i += size) pieces.push(sample.slice(i, i + size));
      expect(parse(pieces), `pieces of ${size}`).toEqual(expected);
    }
  });

  it("returns a last record without a final newline, and skips blank lines", () => {
    expect(parse(["a;b\n\nc;d"], ";")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("counts a stray character after a closing quote as malformed, keeping it", () => {
    const reader = new CsvReader();
    expect(reader.push('"ab"c,d\n')).toEqual([["abc", "d"]]);
    expect(reader.malformed).toBe(1);
  });
});
