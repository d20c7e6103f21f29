import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { decodeRows, isBlankLine, readJsonLines } from "./records.ts";

const dir = mkdtempSync(join(tmpdir(), "ariadne-records-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What reading the file as text gives: decode it all, split at "\n", drop the blank lines. */
function reference(bytes: Uint8Array): string[] {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return text.split("\n").filter((line) => line.trim() !== "");
}

async function read(bytes: Uint8Array, batchSize: number, chunkSize: number) {
  const file = join(dir, "lines.jsonl");
  writeFileSync(file, bytes);
  const rows: string[] = [];
  const sizes: number[] = [];
  const position = { bytes: 0 };
  for await (const batch of readJsonLines(file, position, batchSize, chunkSize)) {
    const decoded = decodeRows(batch.bytes);
    expect(decoded.length).toBe(batch.rows);
    rows.push(...decoded);
    sizes.push(batch.rows);
  }
  expect(position.bytes).toBe(bytes.length);
  return { rows, sizes };
}

const PIECES = [
  '{"id":"a","text":"hello"}',
  '{"id":"é","text":"café 💋 ８"}',
  "",
  " ",
  "\t\r",
  "\u00a0\u2003\u3000\ufeff",
  "\u00a0x",
  "\r",
  '{"id":"c"}\r',
  "\ufeff{}",
  "not json",
];

describe("reading JSON lines as bytes", () => {
  it("gives the rows reading the file as text gives, in batches, whatever the piece size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 5 }),
        async (pieces, bom, lastNewline, chunkSize, batchSize) => {
          const text = pieces.join("\n") + (lastNewline ? "\n" : "");
          const body = new TextEncoder().encode(text);
          const bytes = bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
          const { rows, sizes } = await read(bytes, batchSize, chunkSize);
          expect(rows).toEqual(reference(bytes));
          for (const size of sizes.slice(0, -1)) expect(size).toBe(batchSize);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("replaces invalid UTF-8 as decoding the whole file would, also across pieces", async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('{"t":"a'),
      0xff,
      0xe2,
      0x82,
      0x0a,
      ...new TextEncoder().encode('{"t":"'),
      0xf0,
      0x9f,
      0x92,
      0x8b,
      0xc3,
      0x0a,
      0xe2,
      0x80,
      0xa8,
      0x0a,
    ]);
    for (const chunkSize of [1, 2, 3, 5, 64]) {
      expect((await read(bytes, 2, chunkSize)).rows).toEqual(reference(bytes));
    }
  });

  it("knows blank lines by their bytes as trim() knows them by their text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            " ",
            "\t",
            "\u000b",
            "\u00a0",
            "\u1680",
            "\u2000",
            "\u200a",
            "\u2028",
            "\u202f",
            "\u205f",
            "\u3000",
            "\ufeff",
            "\u200b",
            "x",
            "\u00a1",
            "\u2029",
            "\u180e",
          ),
          { maxLength: 6 },
        ),
        (chars) => {
          const line = chars.join("");
          const bytes = new TextEncoder().encode(line);
          expect(isBlankLine(bytes, 0, bytes.length)).toBe(line.trim() === "");
        },
      ),
    );
    // An invalid sequence is U+FFFD, not white space.
    expect(isBlankLine(Uint8Array.of(0xe2, 0x80), 0, 2)).toBe(false);
  });
});
