import { describe, expect, it } from "vitest";
import { canonicalJson, ChainVerifier, entryHash, GENESIS_HASH, type StoredEntry } from "./audit-chain.ts";

function chain(n: number): StoredEntry[] {
  const entries: StoredEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = {
      at: new Date(Date.UTC(2026, 10, 29, 0, 0, seq)).toISOString(),
      actorUserId: null,
      actorOrganisationId: null,
      action: `action.${seq}`,
      resourceType: null,
      resourceId: null,
      outcome: "success",
      clientAddress: "127.0.0.1",
      details: { n: seq, nested: { b: 1, a: 2 } },
    };
    const hash = entryHash(prevHash, fields);
    entries.push({ ...fields, seq, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

const verify = (entries: StoredEntry[]) => {
  const v = new ChainVerifier();
  for (const e of entries) v.push(e);
  return v.finish();
};

describe("the audit hash chain", () => {
  it("verifies an untouched chain", () => {
    expect(verify(chain(10))).toEqual([]);
  });

  it("is independent of JSON key order, as jsonb reorders keys", () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: [2, { f: 1, e: 0 }] } })).toBe(
      '{"a":{"c":[2,{"e":0,"f":1}],"d":1},"b":1}',
    );
  });

  it("names a changed entry", () => {
    const entries = chain(5);
    const third = entries[2];
    if (!third) throw new Error("chain too short");
    entries[2] = { ...third, action: "something.else" };
    expect(verify(entries)).toEqual([
      { seq: 3, kind: "changed", message: "entry 3 was changed: its content no longer matches its hash" },
    ]);
  });

  it("names a changed entry whose own hash was recomputed, through the next entry's link", () => {
    const entries = chain(5);
    const third = entries[2];
    if (!third) throw new Error("chain too short");
    const forged = { ...third, action: "forged" };
    entries[2] = { ...forged, hash: entryHash(forged.prevHash, forged) };
    expect(verify(entries).map((p) => [p.seq, p.kind])).toEqual([[3, "changed"]]);
  });

  it("names removed entries", () => {
    const entries = chain(6);
    entries.splice(2, 2);
    expect(verify(entries)[0]).toEqual({ seq: 5, kind: "removed", message: "entries 3 to 4 are missing" });
  });

  it("names reordered entries", () => {
    const entries = chain(5);
    const [a, b] = [entries[1], entries[2]];
    if (!a || !b) throw new Error("chain too short");
    // Swap positions 2 and 3, keeping each row's content and links but exchanging seq numbers.
    entries[1] = { ...b, seq: 2 };
    entries[2] = { ...a, seq: 3 };
    // Untouched neighbours are not blamed: only the moved entries and the one after them.
    expect(verify(entries).map((p) => [p.seq, p.kind])).toEqual([
      [2, "reordered"],
      [3, "reordered"],
      [4, "reordered"],
    ]);
  });
});
