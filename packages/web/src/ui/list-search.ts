/**
 * A list's search (as kept in the address) with one filter set to `value`, or without that
 * filter when `value` is null or undefined.
 */
export function withFilter<S extends object, K extends keyof S>(
  search: S,
  key: K,
  value: S[K] | null | undefined,
): S {
  const rest = Object.fromEntries(Object.entries(search).filter(([name]) => name !== key)) as S;
  return value === null || value === undefined ? rest : { ...rest, [key]: value };
}
