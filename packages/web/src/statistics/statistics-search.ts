/** The dashboard's dataset and year, kept in the address (never whether figures are exact). */
export interface StatisticsSearch {
  datasetId?: string;
  year?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateStatisticsSearch(search: Record<string, unknown>): StatisticsSearch {
  const result: StatisticsSearch = {};
  if (typeof search.datasetId === "string" && UUID.test(search.datasetId))
    result.datasetId = search.datasetId;
  const year = typeof search.year === "number" ? search.year : Number(search.year);
  if (Number.isInteger(year) && year >= 1990 && year <= 2100) result.year = year;
  return result;
}

/** The year shown when none is chosen: the last full year, as statistics are published. */
export function defaultYear(now: Date = new Date()): number {
  return now.getFullYear() - 1;
}

/** The years to offer: those with registered victims, and the chosen one, newest first. */
export function yearOptions(trendYears: readonly number[], chosen: number): number[] {
  return [...new Set([...trendYears, chosen])].sort((a, b) => b - a);
}
