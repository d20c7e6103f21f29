import type { StatRelease } from "../api/types.ts";

/** What a release was made with, read from its free-form `parameters`. */
export interface ReleaseParameters {
  threshold: number | null;
  /** Total ε of a DP release (split over its tables). */
  epsilon: string | null;
  epsilonPerTable: string | null;
}

export function releaseParameters(release: Pick<StatRelease, "parameters">): ReleaseParameters {
  const { threshold, epsilon, epsilonPerTable } = release.parameters;
  return {
    threshold: typeof threshold === "number" ? threshold : null,
    epsilon: typeof epsilon === "string" ? epsilon : null,
    epsilonPerTable: typeof epsilonPerTable === "string" ? epsilonPerTable : null,
  };
}

/** Newest first (the server's order is not part of its contract). */
export function newestFirst<T extends Pick<StatRelease, "createdAt">>(releases: readonly T[]): T[] {
  return [...releases].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
