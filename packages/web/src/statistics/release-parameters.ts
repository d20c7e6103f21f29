import type { StatRelease } from "../api/types.ts";

/** One table's share of a DP release's ε, and the weight it was given. */
export interface TableShare {
  table: string;
  epsilon: string;
  weight: number | null;
}

/** What a release was made with, read from its free-form `parameters`. */
export interface ReleaseParameters {
  threshold: number | null;
  /** Total ε of a DP release. */
  epsilon: string | null;
  /** Older releases split ε evenly: the one share of every table. */
  epsilonPerTable: string | null;
  /** Newer releases share ε by weight: each table's ε, in the order the server gave. */
  epsilonByTable: TableShare[] | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function releaseParameters(release: Pick<StatRelease, "parameters">): ReleaseParameters {
  const { threshold, epsilon, epsilonPerTable, epsilonByTable, tableWeights } = release.parameters;
  const weights = isRecord(tableWeights) ? tableWeights : {};
  const shares = isRecord(epsilonByTable)
    ? Object.entries(epsilonByTable).flatMap(([table, share]) => {
        const weight = weights[table];
        return typeof share === "string"
          ? [{ table, epsilon: share, weight: typeof weight === "number" ? weight : null }]
          : [];
      })
    : [];
  return {
    threshold: typeof threshold === "number" ? threshold : null,
    epsilon: typeof epsilon === "string" ? epsilon : null,
    epsilonPerTable: typeof epsilonPerTable === "string" ? epsilonPerTable : null,
    epsilonByTable: shares.length > 0 ? shares : null,
  };
}

/** Newest first (the server's order is not part of its contract). */
export function newestFirst<T extends Pick<StatRelease, "createdAt">>(releases: readonly T[]): T[] {
  return [...releases].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
