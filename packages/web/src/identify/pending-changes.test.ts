import { EMPTY_PREFERENCES, EMPTY_SAFETY } from "@ariadne/domain";
import { describe, expect, it } from "vitest";
import {
  applyPending,
  isEmptyPending,
  mergePending,
  parseStoredPending,
  storablePending,
  withoutIndicators,
  type DraftFields,
} from "./pending-changes.ts";

const base = (overrides: Partial<DraftFields> = {}): DraftFields => ({
  safety: EMPTY_SAFETY,
  preferences: EMPTY_PREFERENCES,
  safetyConcerns: null,
  exploitation: null,
  answers: {},
  notes: {},
  ...overrides,
});

describe("mergePending", () => {
  it("keeps both batches' answers, the later winning per indicator", () => {
    const merged = mergePending(
      { answers: { "d1.a": "present", "d1.b": "unknown" } },
      { answers: { "d1.b": "absent", "d2.c": "present" } },
    );
    expect(merged.answers).toEqual({ "d1.a": "present", "d1.b": "absent", "d2.c": "present" });
  });

  it("merges safety question by question", () => {
    const merged = mergePending({ safety: { dangerNow: "yes" } }, { safety: { possiblyChild: "unknown" } });
    expect(merged.safety).toEqual({ dangerNow: "yes", possiblyChild: "unknown" });
  });

  it("lets a later null clear an earlier choice", () => {
    expect(mergePending({ exploitation: "labour" }, { exploitation: null }).exploitation).toBeNull();
    expect(mergePending({ safetyConcerns: "fears" }, { safetyConcerns: null }).safetyConcerns).toBeNull();
  });

  it("keeps an earlier value the later batch does not touch", () => {
    expect(mergePending({ exploitation: "sexual" }, { answers: {} }).exploitation).toBe("sexual");
  });
});

describe("isEmptyPending", () => {
  it("is empty with nothing, or only empty records", () => {
    expect(isEmptyPending({})).toBe(true);
    expect(isEmptyPending({ answers: {}, safety: {} })).toBe(true);
  });

  it("is not empty with a null choice: clearing is a change", () => {
    expect(isEmptyPending({ exploitation: null })).toBe(false);
    expect(isEmptyPending({ notes: { "d1.a": "" } })).toBe(false);
  });
});

describe("applyPending", () => {
  it("switches to the child pathway as soon as age is unknown", () => {
    const state = applyPending(base({ exploitation: "labour" }), { safety: { possiblyChild: "unknown" } });
    expect(state.pathway).toBe("child");
    expect(state.indicatorSet).toBe("child_labour");
  });

  it("has no indicator set before the form of exploitation is chosen", () => {
    expect(applyPending(base(), { safety: { possiblyChild: "no" } }).indicatorSet).toBeNull();
  });

  it("puts unsaved answers over the server's and removes notes emptied here", () => {
    const state = applyPending(
      base({ answers: { "d1.a": "absent" }, notes: { "d1.a": "said so", "d1.b": "x" } }),
      {
        answers: { "d1.a": "present" },
        notes: { "d1.b": "  " },
      },
    );
    expect(state.answers).toEqual({ "d1.a": "present" });
    expect(state.notes).toEqual({ "d1.a": "said so" });
  });
});

describe("withoutIndicators", () => {
  it("drops the answers and notes of the named indicators only", () => {
    const pending = withoutIndicators(
      { safety: { dangerNow: "no" }, answers: { a: "present", b: "absent" }, notes: { a: "n", b: "m" } },
      new Set(["a"]),
    );
    expect(pending).toEqual({ safety: { dangerNow: "no" }, answers: { b: "absent" }, notes: { b: "m" } });
  });
});

describe("storablePending", () => {
  it("never keeps free text, which may identify the person", () => {
    const storable = storablePending({
      answers: { a: "present" },
      notes: { a: "her brother Ion took her passport" },
      safetyConcerns: "afraid of the employer",
    });
    expect(storable).toEqual({ answers: { a: "present" } });
    expect(JSON.stringify(storable)).not.toContain("Ion");
  });
});

describe("parseStoredPending", () => {
  it("reads back what was stored", () => {
    const stored = {
      safety: { dangerNow: "yes", possiblyChild: null },
      preferences: { interviewerGender: "female", interpreterLanguage: "Tigrinya" },
      exploitation: "sexual",
      answers: { "d1.a": "unknown" },
    };
    expect(parseStoredPending(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it("keeps the well-formed parts of a damaged entry", () => {
    expect(
      parseStoredPending({
        safety: { dangerNow: "maybe", urgentMedical: "no" },
        exploitation: "other",
        answers: { a: "present", b: 3 },
        notes: { a: "smuggled in" },
      }),
    ).toEqual({ safety: { urgentMedical: "no" }, answers: { a: "present" } });
  });

  it("reads nothing from something that is not an object", () => {
    expect(parseStoredPending(null)).toEqual({});
    expect(parseStoredPending([1, 2])).toEqual({});
  });
});
