export type QueryValue = string | number | boolean | null | undefined;

/** Builds `?a=1&b=x` from the defined, non-empty values; returns "" when nothing is left. */
export function toQueryString(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params) as [string, QueryValue][]) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}
