const pad = (n: number) => String(n).padStart(2, "0");

/** Today (or `at`) as an ISO calendar day in the browser's time zone: what a date field shows. */
export function localIsoDay(at: Date = new Date()): string {
  return `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
