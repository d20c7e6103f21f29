import type { Answer } from "@ariadne/domain";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error.ts";
import { backoffDelay, classifySaveFailure, DraftSaver, type SaveBody } from "./draft-saver.ts";
import type { PendingChanges } from "./pending-changes.ts";

interface Copy {
  version: number;
  answers: Record<string, Answer>;
  status: "draft" | "completed";
}

const offline = () => new ApiError(0, "network_error", "Failed to fetch");
const stale = () => new ApiError(409, "conflict", "saved elsewhere");

/** A fake server with optimistic concurrency, a fake clock, and a log of what was sent. */
function harness(options: { initial?: PendingChanges; version?: number } = {}) {
  const server: Copy = { version: options.version ?? 1, answers: {}, status: "draft" };
  const failures: Error[] = [];
  const sent: SaveBody[] = [];
  const persisted: PendingChanges[] = [];
  const timers: { run: () => void; delay: number; cancelled: boolean }[] = [];
  let gate: Promise<void> | null = null;
  const copy = (): Copy => ({ ...server, answers: { ...server.answers } });
  const saver = new DraftSaver<Copy>({
    version: 1,
    catalogueVersion: "1.0.0",
    ...(options.initial === undefined ? {} : { initial: options.initial }),
    save: async (body) => {
      sent.push(body);
      if (gate !== null) await gate;
      const failure = failures.shift();
      if (failure !== undefined) throw failure;
      if (body.version !== server.version) throw stale();
      server.version += 1;
      Object.assign(server.answers, body.answers);
      return copy();
    },
    reload: () => Promise.resolve(copy()),
    onServerCopy: () => undefined,
    isClosed: (c) => c.status === "completed",
    persist: (pending) => persisted.push(pending),
    schedule: (run, delay) => {
      const timer = { run, delay, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    now: () => 10_000,
    random: () => 0.5,
  });
  /** Runs the last scheduled retry and waits for it to settle. */
  const fireRetry = async () => {
    const timer = timers.at(-1);
    if (timer === undefined || timer.cancelled) throw new Error("no retry scheduled");
    timer.run();
    await saver.flush();
  };
  const hold = () => {
    let release: () => void = () => undefined;
    gate = new Promise<void>((resolve) => {
      release = () => {
        gate = null;
        resolve();
      };
    });
    return release;
  };
  return { saver, server, failures, sent, persisted, timers, fireRetry, hold };
}

describe("DraftSaver", () => {
  it("keeps changes in memory until flushed, then sends them on the current version", async () => {
    const h = harness();
    h.saver.change({ answers: { "d1.a": "present" } });
    h.saver.change({ answers: { "d1.b": "unknown" }, safety: { dangerNow: "no" } });
    expect(h.sent).toHaveLength(0);
    expect(h.saver.getSnapshot().status.kind).toBe("unsaved");

    expect(await h.saver.flush()).toBe(true);
    expect(h.sent).toEqual([
      {
        version: 1,
        catalogueVersion: "1.0.0",
        answers: { "d1.a": "present", "d1.b": "unknown" },
        safety: { dangerNow: "no" },
      },
    ]);
    expect(h.saver.getSnapshot()).toMatchObject({ status: { kind: "saved" }, pending: {} });
    expect(h.saver.currentVersion()).toBe(2);
  });

  it("retries with growing delays while offline, and sends every change once back", async () => {
    const h = harness();
    h.failures.push(offline(), offline());
    h.saver.change({ answers: { "d1.a": "present" } });

    expect(await h.saver.flush()).toBe(false);
    expect(h.saver.getSnapshot().status).toEqual({ kind: "retrying", attempt: 1, retryAt: 11_000 });
    expect(h.saver.getSnapshot().pending).toEqual({ answers: { "d1.a": "present" } });

    h.saver.change({ answers: { "d2.b": "absent" } });
    await h.fireRetry();
    expect(h.timers.map((t) => t.delay)).toEqual([1000, 2000]);

    await h.fireRetry();
    expect(h.server.answers).toEqual({ "d1.a": "present", "d2.b": "absent" });
    expect(h.saver.getSnapshot().status.kind).toBe("saved");
  });

  it("lets a change made after a failed save win over the failed one", async () => {
    const h = harness();
    h.failures.push(offline());
    h.saver.change({ answers: { "d1.a": "present" } });
    await h.saver.flush();
    h.saver.change({ answers: { "d1.a": "absent" } });
    await h.fireRetry();
    expect(h.server.answers).toEqual({ "d1.a": "absent" });
  });

  it("never loses a change made while a save is in flight", async () => {
    const h = harness();
    const release = h.hold();
    h.saver.change({ answers: { "d1.a": "present" } });
    const done = h.saver.flush();
    h.saver.change({ answers: { "d1.b": "unknown" } });
    // Both the batch in flight and the later change show in the screener's view.
    expect(h.saver.getSnapshot().pending.answers).toEqual({ "d1.a": "present", "d1.b": "unknown" });
    release();
    expect(await done).toBe(true);
    expect(h.sent.map((body) => body.answers)).toEqual([{ "d1.a": "present" }, { "d1.b": "unknown" }]);
    expect(h.server.answers).toEqual({ "d1.a": "present", "d1.b": "unknown" });
  });

  it("on a stale version reloads and sends the same changes again on top", async () => {
    const h = harness();
    // Saved elsewhere meanwhile (another tab): the server is at version 4 with another answer.
    h.server.version = 4;
    h.server.answers = { "d3.x": "present" };
    h.saver.change({ answers: { "d1.a": "unknown" } });

    expect(await h.saver.flush()).toBe(true);
    expect(h.sent.map((body) => body.version)).toEqual([1, 4]);
    expect(h.server.answers).toEqual({ "d3.x": "present", "d1.a": "unknown" });
  });

  it("gives up on a conflict that keeps coming back, keeping the changes", async () => {
    const h = harness();
    h.failures.push(stale(), stale(), stale(), stale());
    h.saver.change({ answers: { "d1.a": "present" } });
    expect(await h.saver.flush()).toBe(false);
    expect(h.sent).toHaveLength(4);
    expect(h.saver.getSnapshot()).toMatchObject({
      status: { kind: "failed", reason: "refused" },
      pending: { answers: { "d1.a": "present" } },
    });
  });

  it("stops when the screening was completed elsewhere", async () => {
    const h = harness();
    h.server.version = 3;
    h.server.status = "completed";
    h.saver.change({ answers: { "d1.a": "present" } });
    expect(await h.saver.flush()).toBe(false);
    expect(h.saver.getSnapshot().status).toEqual({ kind: "failed", reason: "closed" });
  });

  it("drops only the answers the server names as outside the set, and saves the rest", async () => {
    const h = harness();
    h.failures.push(
      new ApiError(400, "validation_failed", "answers.d3.child_only: belongs to the child sets", [
        { path: "answers.d3.child_only", message: "belongs to the child_labour set(s)" },
      ]),
    );
    h.saver.change({ answers: { "d3.child_only": "present", "d1.a": "absent" } });
    expect(await h.saver.flush()).toBe(true);
    expect(h.sent[1]?.answers).toEqual({ "d1.a": "absent" });
    expect(h.saver.getSnapshot().discarded).toBe(1);
  });

  it("keeps the changes and waits when the session has ended, without retrying on its own", async () => {
    const h = harness();
    h.failures.push(new ApiError(401, "unauthenticated", "signed out"));
    h.saver.change({ answers: { "d1.a": "present" } });
    expect(await h.saver.flush()).toBe(false);
    expect(h.saver.getSnapshot().status).toEqual({ kind: "failed", reason: "signed-out" });
    expect(h.timers).toHaveLength(0);
    expect(h.saver.hasUnsaved()).toBe(true);

    expect(await h.saver.retryNow()).toBe(true);
    expect(h.server.answers).toEqual({ "d1.a": "present" });
  });

  it("sends at once on retryNow, cancelling the scheduled retry", async () => {
    const h = harness();
    h.failures.push(offline());
    h.saver.change({ answers: { "d1.a": "present" } });
    await h.saver.flush();
    expect(await h.saver.retryNow()).toBe(true);
    expect(h.timers[0]?.cancelled).toBe(true);
  });

  it("keeps unconfirmed changes in storage, and clears it once saved", async () => {
    const h = harness();
    h.failures.push(offline());
    h.saver.change({ answers: { "d1.a": "present" } });
    expect(h.persisted.at(-1)).toEqual({ answers: { "d1.a": "present" } });
    await h.saver.flush();
    expect(h.persisted.at(-1)).toEqual({ answers: { "d1.a": "present" } });
    await h.fireRetry();
    expect(h.persisted.at(-1)).toEqual({});
  });

  it("sends the changes found after a reload of the page first", async () => {
    const h = harness({ initial: { answers: { "d1.a": "unknown" } } });
    expect(h.saver.getSnapshot().status.kind).toBe("unsaved");
    await h.saver.flush();
    expect(h.server.answers).toEqual({ "d1.a": "unknown" });
  });
});

describe("backoffDelay", () => {
  it("doubles from one second up to thirty", () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((attempt) => backoffDelay(attempt, middle))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it("spreads retries by at most a fifth either way", () => {
    expect(backoffDelay(1, () => 0)).toBe(800);
    expect(backoffDelay(1, () => 1)).toBe(1200);
  });
});

describe("classifySaveFailure", () => {
  it("retries what a retry may fix: no connection, server errors, rate limits", () => {
    expect(classifySaveFailure(offline()).kind).toBe("retry");
    expect(classifySaveFailure(new ApiError(503, "unexpected_response", "down")).kind).toBe("retry");
    expect(classifySaveFailure(new ApiError(429, "rate_limited", "slow down")).kind).toBe("retry");
  });

  it("tells a stale version from a refusal", () => {
    expect(classifySaveFailure(stale()).kind).toBe("conflict");
    expect(classifySaveFailure(new ApiError(403, "forbidden", "no"))).toEqual({
      kind: "refused",
      reason: "forbidden",
    });
    expect(classifySaveFailure(new Error("bug"))).toEqual({ kind: "refused", reason: "refused" });
  });

  it("names the indicators of a 400 that only concerns answers or notes", () => {
    const failure = classifySaveFailure(
      new ApiError(400, "validation_failed", "bad", [
        { path: "answers.d1.nature_of_job", message: "x" },
        { path: "notes.d2.debt_bondage", message: "y" },
      ]),
    );
    expect(failure).toEqual({
      kind: "invalid-indicators",
      ids: new Set(["d1.nature_of_job", "d2.debt_bondage"]),
    });
  });

  it("refuses a 400 about anything else, which dropping answers cannot fix", () => {
    const failure = classifySaveFailure(
      new ApiError(400, "validation_failed", "bad", [
        { path: "answers.d1.a", message: "x" },
        { path: "exploitation", message: "choose the form first" },
      ]),
    );
    expect(failure.kind).toBe("refused");
  });
});
