import type { StatRelease, StatTable } from "../api/types.ts";

/** The category code of a margin (a row or column total). */
export const TOTAL = "TOTAL";
/** The category of a missing value: counted, never mixed with zero. */
export const UNKNOWN = "unknown";

/** A figure: a count, or null where it is withheld to protect people. */
export type Figure = number | null;

export function findTable(tables: readonly StatTable[], id: string): StatTable | undefined {
  return tables.find((table) => table.id === id);
}

function cellKey(categories: readonly string[]): string {
  return categories.join("\u0000");
}

/** The table's cells by their category codes; a code list the table lacks gives `undefined`. */
export function cellIndex(table: StatTable): (...codes: string[]) => Figure | undefined {
  const index = new Map(table.cells.map((cell) => [cellKey(cell.categories), cell.value]));
  return (...codes) => index.get(cellKey(codes));
}

/** The codes of a dimension, without the margin. */
export function categoryCodes(table: StatTable, dimension = 0): string[] {
  return (table.dimensions[dimension]?.categories ?? []).map((c) => c.code).filter((code) => code !== TOTAL);
}

export interface OneWayRow {
  code: string;
  value: Figure;
}

/** A one-way table as rows in the table's category order, and its total (absent for a selection). */
export function oneWay(table: StatTable): { rows: OneWayRow[]; total: Figure | undefined } {
  const at = cellIndex(table);
  const rows = categoryCodes(table).flatMap((code) => {
    const value = at(code);
    return value === undefined ? [] : [{ code, value }];
  });
  return { rows, total: at(TOTAL) };
}

/** Rows worth a bar: the unknown category only when it holds someone (or is withheld). */
export function chartRows(rows: readonly OneWayRow[]): OneWayRow[] {
  return rows.filter((row) => row.code !== UNKNOWN || row.value !== 0);
}

export interface CrossTable {
  rowCodes: string[];
  columnCodes: string[];
  /** The figure at a row and a column code (margins included); `undefined` when absent. */
  value: (row: string, column: string) => Figure | undefined;
}

/** A two-way table with its margins: rows are the first dimension, columns the second. */
export function crossTable(table: StatTable): CrossTable {
  const at = cellIndex(table);
  const codes = (dimension: number) =>
    (table.dimensions[dimension]?.categories ?? []).map((category) => category.code);
  return { rowCodes: codes(0), columnCodes: codes(1), value: (row, column) => at(row, column) };
}

/** Values by ISO alpha-2 code of a country table: withheld as null; zero, unknown and margins left out. */
export function countryValues(table: StatTable): Map<string, Figure> {
  const values = new Map<string, Figure>();
  for (const cell of table.cells) {
    const code = cell.categories[0];
    if (code === undefined || code === TOTAL || code === UNKNOWN || cell.value === 0) continue;
    values.set(code, cell.value);
  }
  return values;
}

export interface FlowRow {
  from: string;
  to: string;
  value: Figure;
}

/** The inner cells of the flows table that hold someone, largest first, withheld last. */
export function flowRows(table: StatTable): FlowRow[] {
  const rows: FlowRow[] = [];
  for (const cell of table.cells) {
    const [from, to] = cell.categories;
    if (from === undefined || to === undefined || from === TOTAL || to === TOTAL || cell.value === 0)
      continue;
    rows.push({ from, to, value: cell.value });
  }
  return rows.sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
}

/** Whether some figure of the table is withheld. */
export function hasWithheld(table: StatTable): boolean {
  return table.cells.some((cell) => cell.value === null);
}

/** Every figure of the tables that is shown as a number (for checks: no small count escapes). */
export function shownValues(tables: readonly StatTable[]): number[] {
  return tables.flatMap((table) => table.cells.flatMap((cell) => (cell.value === null ? [] : [cell.value])));
}

export interface TrendPoint {
  year: number;
  count: Figure;
}

/**
 * Registered victims by year across releases: the total of `victims.status` of the latest
 * release of each year (releases come newest first from the server, but this does not rely on it).
 */
export function trendOfReleases(releases: readonly StatRelease[]): TrendPoint[] {
  const latest = new Map<number, StatRelease>();
  for (const release of releases) {
    const seen = latest.get(release.year);
    if (seen === undefined || seen.createdAt < release.createdAt) latest.set(release.year, release);
  }
  return [...latest.values()]
    .flatMap((release) => {
      const table = findTable(release.tables, "victims.status");
      const total = table === undefined ? undefined : cellIndex(table)(TOTAL);
      return total === undefined ? [] : [{ year: release.year, count: total }];
    })
    .sort((a, b) => a.year - b.year);
}

/** Round steps of whole numbers for an axis of counts from 0 to at least `max`. */
export function niceTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power);
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(Math.round(value * 1e6) / 1e6);
  if ((ticks.at(-1) ?? 0) < max) ticks.push((ticks.at(-1) ?? 0) + step);
  return ticks;
}

export interface MapClass {
  from: number;
  /** Null for the last class, which is open ("50 or more"). */
  to: number | null;
}

/**
 * Up to five classes of whole counts from 1 to `max` for a choropleth: one per count when the
 * counts are small, else of equal, round width; the last one open.
 */
export function mapClasses(max: number): MapClass[] {
  if (max < 1) return [];
  if (max <= 5)
    return Array.from({ length: max }, (_, i) => ({ from: i + 1, to: i + 1 === max ? null : i + 1 }));
  const ticks = niceTicks(max, 4);
  const step = (ticks[1] ?? 1) - (ticks[0] ?? 0);
  const classes: MapClass[] = [];
  for (let from = 0; from <= max; from += step)
    classes.push({ from: Math.max(1, from), to: from + step > max ? null : from + step - 1 });
  return classes;
}

/** The class of a count (counts of at least 1). */
export function classOf(classes: readonly MapClass[], value: number): number {
  let found = 0;
  classes.forEach((c, i) => {
    if (value >= c.from) found = i;
  });
  return found;
}
