import { createHash } from "node:crypto";

/** The hash the first entry links to. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields of an entry that its hash covers. `seq` is left out on purpose: order is the chain itself. */
export interface ChainedFields {
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorOrganisationId: string | null;
  readonly action: string;
  readonly resourceType: string | null;
  readonly resourceId: string | null;
  readonly outcome: string;
  readonly clientAddress: string | null;
  readonly details: Record<string, unknown>;
}

/** SHA-256 over the previous entry's hash and this entry's canonical JSON. */
export function entryHash(prevHash: string, fields: ChainedFields): string {
  const content = canonicalJson([
    fields.at,
    fields.actorUserId,
    fields.actorOrganisationId,
    fields.action,
    fields.resourceType,
    fields.resourceId,
    fields.outcome,
    fields.clientAddress,
    fields.details,
  ]);
  return createHash("sha256").update(prevHash).update("\n").update(content).digest("hex");
}

/** JSON with object keys sorted, so PostgreSQL's jsonb key reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return value === undefined ? "null" : JSON.stringify(value);
}

export interface StoredEntry extends ChainedFields {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

export interface ChainProblem {
  readonly seq: number;
  readonly kind: "changed" | "removed" | "reordered";
  readonly message: string;
}

/**
 * Walks entries in `seq` order and names every break: a changed entry (its hash no longer
 * matches its content, or the next entry's link no longer matches its hash), removed entries
 * (a gap in `seq`), or reordered entries (an entry links to one that is not its predecessor).
 * Feed it page by page with `push`, then call `finish`; it keeps the previous entry, the
 * hashes seen, and the links it could not place yet.
 */
export class ChainVerifier {
  private prev: StoredEntry | undefined;
  private readonly seen = new Map<string, number>();
  /** Links to a hash not seen yet: a later entry (reordered) or none at all (changed). */
  private readonly unplaced: { seq: number; prevSeq: number; prevHash: string }[] = [];
  private readonly found: ChainProblem[] = [];
  checked = 0;

  push(entry: StoredEntry): void {
    this.checked++;
    const prev = this.prev;
    const expectedSeq = prev ? prev.seq + 1 : 1;
    const expectedPrevHash = prev ? prev.hash : GENESIS_HASH;

    if (entry.seq !== expectedSeq) {
      const from = expectedSeq;
      const to = entry.seq - 1;
      this.found.push({
        seq: entry.seq,
        kind: "removed",
        message: from === to ? `entry ${from} is missing` : `entries ${from} to ${to} are missing`,
      });
    } else if (entry.prevHash !== expectedPrevHash) {
      const linked = entry.prevHash === GENESIS_HASH ? 0 : this.seen.get(entry.prevHash);
      if (linked !== undefined) this.found.push(reordered(entry.seq, linked, expectedSeq - 1));
      else this.unplaced.push({ seq: entry.seq, prevSeq: expectedSeq - 1, prevHash: entry.prevHash });
    }

    if (entryHash(entry.prevHash, entry) !== entry.hash) {
      this.found.push({
        seq: entry.seq,
        kind: "changed",
        message: `entry ${entry.seq} was changed: its content no longer matches its hash`,
      });
    }
    this.seen.set(entry.hash, entry.seq);
    this.prev = entry;
  }

  /** Every problem, in `seq` order, once all entries were pushed. */
  finish(): ChainProblem[] {
    const problems = [...this.found];
    for (const link of this.unplaced) {
      const linked = this.seen.get(link.prevHash);
      if (linked !== undefined) {
        problems.push(reordered(link.seq, linked, link.prevSeq));
      } else if (!problems.some((p) => p.seq === link.prevSeq && p.kind === "changed")) {
        problems.push({
          seq: link.prevSeq,
          kind: "changed",
          message: `entry ${link.prevSeq} was changed: entry ${link.seq} recorded a different hash for it`,
        });
      }
    }
    return problems.sort((a, b) => a.seq - b.seq);
  }

  /** The last entry's seq and hash: write it down elsewhere to detect removal of the newest entries. */
  get head(): { seq: number; hash: string } | null {
    return this.prev ? { seq: this.prev.seq, hash: this.prev.hash } : null;
  }
}

function reordered(seq: number, linked: number, expected: number): ChainProblem {
  return {
    seq,
    kind: "reordered",
    message: `entry ${seq} follows entry ${linked} in the chain, not entry ${expected}`,
  };
}
