import { ApiError } from "../api/api-error.ts";
import {
  isEmptyPending,
  mergePending,
  NO_CHANGES,
  withoutIndicators,
  type PendingChanges,
} from "./pending-changes.ts";

/** The save request: the pending changes and the version they were made on. */
export interface SaveBody extends PendingChanges {
  readonly version: number;
  readonly catalogueVersion: string;
}

/** Where the draft stands, for the "saving / saved / offline" indicator. */
export type SaveStatus =
  | { readonly kind: "saved" }
  /** Changes on this device wait for the next save (at the next step). */
  | { readonly kind: "unsaved" }
  | { readonly kind: "saving" }
  /** The server could not be reached (or failed): the changes are kept and sent again later. */
  | { readonly kind: "retrying"; readonly attempt: number; readonly retryAt: number }
  /** The server refused the changes; they are kept here until the screener acts. */
  | { readonly kind: "failed"; readonly reason: "signed-out" | "forbidden" | "closed" | "refused" };

export interface SaverSnapshot {
  readonly status: SaveStatus;
  /** Every change the server has not confirmed, including one being sent. */
  readonly pending: PendingChanges;
  /** Answers the server refused because they do not belong to the screening's indicator set. */
  readonly discarded: number;
}

/** What the saver needs from the outside world; injected so that it runs and tests without a DOM. */
export interface DraftSaverOptions<S extends { readonly version: number }> {
  /** The version of the server copy the screener started from. */
  readonly version: number;
  readonly catalogueVersion: string;
  /** Sends one save (PATCH); resolves to the server's new copy. */
  save(body: SaveBody): Promise<S>;
  /** Reads the server's copy again, after a conflict. */
  reload(): Promise<S>;
  /** A new server copy arrived (saved or reloaded). */
  onServerCopy(copy: S): void;
  /** True when the copy can no longer change (completed). */
  isClosed(copy: S): boolean;
  /** Keeps the unconfirmed changes where a reload of the page finds them. */
  persist(pending: PendingChanges): void;
  /** Changes found after a reload of the page, to be sent first. */
  readonly initial?: PendingChanges;
  schedule?: (run: () => void, delayMs: number) => () => void;
  now?: () => number;
  random?: () => number;
}

const MAX_CONFLICT_RETRIES = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/** Exponential backoff with ±20 % jitter so that many phones do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export type SaveFailure =
  | { readonly kind: "retry" }
  | { readonly kind: "conflict" }
  | { readonly kind: "invalid-indicators"; readonly ids: ReadonlySet<string> }
  | { readonly kind: "refused"; readonly reason: "signed-out" | "forbidden" | "refused" };

const INDICATOR_PATH = /^(?:answers|notes)\.(.+)$/;

/** What to do about a failed save. */
export function classifySaveFailure(error: unknown): SaveFailure {
  if (!(error instanceof ApiError)) return { kind: "refused", reason: "refused" };
  if (error.code === "network_error" || error.status >= 500 || error.status === 429 || error.status === 408)
    return { kind: "retry" };
  if (error.status === 409) return { kind: "conflict" };
  if (error.status === 401) return { kind: "refused", reason: "signed-out" };
  if (error.status === 403) return { kind: "refused", reason: "forbidden" };
  if (error.status === 400) {
    const ids = error.details.map((detail) => INDICATOR_PATH.exec(detail.path)?.[1]);
    if (ids.length > 0 && ids.every((id) => id !== undefined))
      return { kind: "invalid-indicators", ids: new Set(ids) };
  }
  return { kind: "refused", reason: "refused" };
}

function defaultSchedule(run: () => void, delayMs: number): () => void {
  const timer = setTimeout(run, delayMs);
  return () => {
    clearTimeout(timer);
  };
}

/**
 * Saves a draft screening without ever losing a change. Changes wait in memory until `flush`
 * (at each step); a save that fails for want of a connection is retried with backoff; a stale
 * version (409) reloads the server's copy and sends the same changes again on top of it, which
 * merges because answers and notes are keyed by indicator. Changes made while a save is in
 * flight are sent right after it.
 */
export class DraftSaver<S extends { readonly version: number }> {
  private version: number;
  private pending: PendingChanges;
  private inFlight: PendingChanges | null = null;
  private status: SaveStatus;
  private discarded = 0;
  private attempt = 0;
  private running: Promise<boolean> | null = null;
  private cancelRetry: (() => void) | null = null;
  private disposed = false;
  private snapshot: SaverSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly schedule: (run: () => void, delayMs: number) => () => void;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: DraftSaverOptions<S>) {
    this.version = options.version;
    this.pending = options.initial ?? NO_CHANGES;
    this.status = isEmptyPending(this.pending) ? { kind: "saved" } : { kind: "unsaved" };
    this.schedule = options.schedule ?? defaultSchedule;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.snapshot = this.makeSnapshot();
  }

  getSnapshot = (): SaverSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The screener changed something: kept at once (memory and storage), sent at the next flush. */
  change(changes: PendingChanges): void {
    this.pending = mergePending(this.pending, changes);
    if (this.status.kind === "saved") this.status = { kind: "unsaved" };
    this.persist();
    this.emit();
  }

  /** The page read a newer server copy: later saves are made on its version. */
  observeVersion(version: number): void {
    if (version > this.version) this.version = version;
  }

  /** The version the next request must carry. */
  currentVersion(): number {
    return this.version;
  }

  /** Whether anything is not yet confirmed by the server. */
  hasUnsaved(): boolean {
    return this.inFlight !== null || !isEmptyPending(this.pending);
  }

  /**
   * Sends what is pending, then anything changed meanwhile. Resolves to true when the server
   * holds every change, false when some wait for a retry or were refused.
   */
  flush(): Promise<boolean> {
    if (this.running !== null) return this.running;
    const run = this.sendAll().finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  /** Retries at once (the connection is back, or the screener asked). */
  retryNow(): Promise<boolean> {
    this.attempt = 0;
    return this.flush();
  }

  dispose(): void {
    this.disposed = true;
    this.cancelRetry?.();
    this.listeners.clear();
  }

  private async sendAll(): Promise<boolean> {
    this.cancelRetry?.();
    this.cancelRetry = null;
    let conflicts = 0;
    while (!isEmptyPending(this.pending)) {
      const batch = this.pending;
      this.pending = NO_CHANGES;
      this.inFlight = batch;
      this.setStatus({ kind: "saving" });
      try {
        const saved = await this.options.save({
          ...batch,
          version: this.version,
          catalogueVersion: this.options.catalogueVersion,
        });
        this.inFlight = null;
        this.attempt = 0;
        this.accept(saved);
        this.persist();
      } catch (error) {
        // Later changes win over the batch that failed.
        this.pending = mergePending(batch, this.pending);
        this.inFlight = null;
        this.persist();
        const failure = classifySaveFailure(error);
        switch (failure.kind) {
          case "retry":
            this.retryLater();
            return false;
          case "conflict": {
            if (conflicts >= MAX_CONFLICT_RETRIES) return this.fail("refused");
            conflicts += 1;
            const fresh = await this.reload();
            if (fresh === "retry") {
              this.retryLater();
              return false;
            }
            if (fresh === "failed") return this.fail("refused");
            if (this.options.isClosed(fresh)) return this.fail("closed");
            continue;
          }
          case "invalid-indicators": {
            const before = this.pending;
            this.pending = withoutIndicators(this.pending, failure.ids);
            if (JSON.stringify(before) === JSON.stringify(this.pending)) return this.fail("refused");
            this.discarded += failure.ids.size;
            this.persist();
            continue;
          }
          case "refused":
            return this.fail(failure.reason);
        }
      }
    }
    this.setStatus({ kind: "saved" });
    return true;
  }

  private async reload(): Promise<S | "retry" | "failed"> {
    try {
      const fresh = await this.options.reload();
      // A reload replaces the version outright: the server's copy is the truth.
      this.version = fresh.version;
      this.options.onServerCopy(fresh);
      return fresh;
    } catch (error) {
      return classifySaveFailure(error).kind === "retry" ? "retry" : "failed";
    }
  }

  private accept(saved: S): void {
    this.version = saved.version;
    this.options.onServerCopy(saved);
  }

  private retryLater(): void {
    if (this.disposed) return;
    this.attempt += 1;
    const delay = backoffDelay(this.attempt, this.random);
    this.setStatus({ kind: "retrying", attempt: this.attempt, retryAt: this.now() + delay });
    this.cancelRetry = this.schedule(() => {
      this.cancelRetry = null;
      void this.flush();
    }, delay);
  }

  private fail(reason: "signed-out" | "forbidden" | "closed" | "refused"): false {
    this.setStatus({ kind: "failed", reason });
    return false;
  }

  private persist(): void {
    this.options.persist(this.inFlight === null ? this.pending : mergePending(this.inFlight, this.pending));
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.emit();
  }

  private makeSnapshot(): SaverSnapshot {
    return {
      status: this.status,
      pending: this.inFlight === null ? this.pending : mergePending(this.inFlight, this.pending),
      discarded: this.discarded,
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
