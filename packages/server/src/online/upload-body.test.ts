import { DomainError } from "@ariadne/domain";
import { describe, expect, it } from "vitest";
import { decodeBody, readCsv } from "./upload-body.ts";

async function* chunks(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield part;
}

async function* text(value: string): AsyncGenerator<string> {
  yield value;
}

async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("an uploaded file", () => {
  it("is decoded across chunks, invalid UTF-8 replaced", async () => {
    const pieces = await drain(decodeBody(chunks(Uint8Array.of(0x61, 0xc3), Uint8Array.of(0xa9, 0xff)), 10));
    expect(pieces.join("")).toBe("aé\ufffd");
  });

  it("is refused as too large once the bytes read pass the limit", async () => {
    await expect(drain(decodeBody(chunks(new Uint8Array(6), new Uint8Array(6)), 10))).rejects.toMatchObject({
      code: "payload_too_large",
    });
  });

  it("is refused as invalid input naming the query parameter of a missing column", async () => {
    const mapping = { id: "id", text: "body", title: "title", explicit: new Set<"title">() };
    const error: unknown = await drain(readCsv(text("id,text\n1,x\n"), mapping)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: "validation_failed",
      details: [
        {
          path: "textColumn",
          message: 'the text column "body" is not in the file; columns found: "id", "text"',
        },
      ],
    });
  });
});
