/** The value if it belongs to the closed list, else `null` (a picker hands back plain strings). */
export function pickOne<V extends string>(values: readonly V[], value: string | null | undefined): V | null {
  return values.find((candidate) => candidate === value) ?? null;
}

/** The chosen values that belong to the closed list, in the list's order, each once. */
export function pickAll<V extends string>(values: readonly V[], chosen: readonly string[]): V[] {
  return values.filter((candidate) => chosen.includes(candidate));
}
