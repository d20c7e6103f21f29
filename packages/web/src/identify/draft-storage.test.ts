import { describe, expect, it } from "vitest";
import {
  forgetAllPending,
  readPending,
  readScreenerRole,
  storePending,
  storeScreenerRole,
} from "./draft-storage.ts";

/** An in-memory Web Storage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
    clear: () => {
      items.clear();
    },
  };
}

describe("the screener's role", () => {
  it("is remembered, and only a known role is read back", () => {
    const storage = memoryStorage();
    expect(readScreenerRole(storage)).toBeUndefined();
    storeScreenerRole("labour_inspection", storage);
    expect(readScreenerRole(storage)).toBe("labour_inspection");
    storage.setItem("ariadne.identify.screenerRole", "detective");
    expect(readScreenerRole(storage)).toBeUndefined();
  });
});

describe("pending changes in sessionStorage", () => {
  it("keeps answers across a reload but never the free text", () => {
    const storage = memoryStorage();
    storePending(
      "s-1",
      { answers: { "d1.a": "present" }, notes: { "d1.a": "name of the boss" }, safetyConcerns: "fears" },
      storage,
    );
    expect(readPending("s-1", storage)).toEqual({ answers: { "d1.a": "present" } });
    expect(
      JSON.stringify([...Array(storage.length).keys()].map((i) => storage.getItem(storage.key(i) ?? ""))),
    ).not.toMatch(/boss|fears/);
  });

  it("removes the entry once nothing storable is pending", () => {
    const storage = memoryStorage();
    storePending("s-1", { answers: { "d1.a": "present" } }, storage);
    storePending("s-1", { notes: { "d1.a": "only a note" } }, storage);
    expect(storage.length).toBe(0);
  });

  it("reads nothing from a damaged entry", () => {
    const storage = memoryStorage();
    storage.setItem("ariadne.identify.pending.s-1", "{not json");
    expect(readPending("s-1", storage)).toEqual({});
  });

  it("forgets every draft's entry at sign-out, and nothing else", () => {
    const storage = memoryStorage();
    storePending("s-1", { answers: { a: "present" } }, storage);
    storePending("s-2", { exploitation: "labour" }, storage);
    storage.setItem("other", "kept");
    forgetAllPending(storage);
    expect(storage.length).toBe(1);
    expect(storage.getItem("other")).toBe("kept");
  });
});
