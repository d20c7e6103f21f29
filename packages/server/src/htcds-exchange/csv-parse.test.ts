import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-parse.ts";

const cells = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.records.map((r) => r.cells);
};

describe("parseCsv", () => {
  it("reads quoted cells with separators, doubled quotes and line breaks", () => {
    expect(cells('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["two\nlines", "z"],
    ]);
  });

  it("numbers records as a spreadsheet shows them, whatever the line breaks inside cells", () => {
    const parsed = parseCsv('k\n"one\r\ntwo"\nthree');
    expect(parsed.ok && parsed.records.map((r) => [r.record, r.cells[0]])).toEqual([
      [1, "k"],
      [2, "one\r\ntwo"],
      [3, "three"],
    ]);
  });

  it("accepts CRLF, LF and CR line ends and a missing final line break", () => {
    expect(cells("a\r\nb\rc\nd")).toEqual([["a"], ["b"], ["c"], ["d"]]);
  });

  it("keeps empty cells, trailing ones included", () => {
    expect(cells("a,b,c\n,,\nx,\n")).toEqual([
      ["a", "b", "c"],
      ["", "", ""],
      ["x", ""],
    ]);
  });

  it("reads empty quoted cells and blank lines, and nothing from an empty text", () => {
    expect(cells('a,""\r\n\r\n"x"\r\n')).toEqual([["a", ""], [""], ["x"]]);
    expect(cells("")).toEqual([]);
  });

  it("takes the separator the header uses: ; or tab", () => {
    expect(cells('prs_FirstName;prs_Citizenship\nMira;"RO;MD"')).toEqual([
      ["prs_FirstName", "prs_Citizenship"],
      ["Mira", "RO;MD"],
    ]);
    expect(cells("a\tb\n1,5\t2")).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
  });

  it("refuses a header that mixes separators", () => {
    expect(parseCsv("a,b;c\n")).toEqual({
      ok: false,
      message: expect.stringMatching(/mixes separators/) as unknown,
    });
  });

  it("refuses an unclosed quote, naming the line it opened on", () => {
    expect(parseCsv('a,b\n1,2\n3,"open\nstill open\n')).toEqual({
      ok: false,
      message: expect.stringMatching(/opened on line 3 is never closed/) as unknown,
    });
  });

  it("refuses a quote inside an unquoted cell and text after a closing quote", () => {
    expect(parseCsv('a\n5" screen\n')).toEqual({
      ok: false,
      message: expect.stringMatching(/^Line 2: a quote inside an unquoted cell/) as unknown,
    });
    expect(parseCsv('a\n"x"y\n')).toEqual({
      ok: false,
      message: expect.stringMatching(/^Line 2: text follows a closing quote/) as unknown,
    });
  });
});
