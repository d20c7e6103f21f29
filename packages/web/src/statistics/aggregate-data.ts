import type { StatAggregateCell } from "../api/types.ts";

/** The columns an aggregate dataset's figures can be filtered by. */
export const AGGREGATE_FILTERS = ["year", "area", "indicator", "sex", "age", "form", "citizenship"] as const;
export type AggregateFilter = (typeof AGGREGATE_FILTERS)[number];
export type AggregateFilters = Partial<Record<AggregateFilter, string>>;

/** A cell's code in each filter column ("group:non_eu", "country:UA" for citizenship). */
export function filterCodes(cell: StatAggregateCell): Record<AggregateFilter, string> {
  const c = cell.citizenship;
  return {
    year: String(cell.year),
    area: cell.country ?? cell.area,
    indicator: cell.indicator,
    sex: cell.sex,
    age: cell.ageBand ?? cell.ageGroup,
    form: cell.form,
    citizenship:
      c.kind === "group" ? `group:${c.group}` : c.kind === "country" ? `country:${c.country}` : c.kind,
  };
}

/** Each filter column's codes that occur, in order (years newest first), for the filters to offer. */
export function filterOptions(cells: readonly StatAggregateCell[]): Record<AggregateFilter, string[]> {
  const seen = Object.fromEntries(AGGREGATE_FILTERS.map((f) => [f, new Set<string>()])) as Record<
    AggregateFilter,
    Set<string>
  >;
  for (const cell of cells) {
    const codes = filterCodes(cell);
    for (const f of AGGREGATE_FILTERS) seen[f].add(codes[f]);
  }
  return Object.fromEntries(
    AGGREGATE_FILTERS.map((f) => [
      f,
      [...seen[f]].sort((a, b) => (f === "year" ? Number(b) - Number(a) : a.localeCompare(b))),
    ]),
  ) as Record<AggregateFilter, string[]>;
}

/** The cells that match every chosen filter, newest year first, then by area and indicator. */
export function filterCells(
  cells: readonly StatAggregateCell[],
  filters: AggregateFilters,
): StatAggregateCell[] {
  const chosen = AGGREGATE_FILTERS.filter((f) => filters[f] !== undefined);
  return cells
    .filter((cell) => {
      const codes = filterCodes(cell);
      return chosen.every((f) => codes[f] === filters[f]);
    })
    .sort(
      (a, b) =>
        b.year - a.year ||
        (a.country ?? a.area).localeCompare(b.country ?? b.area) ||
        a.indicator.localeCompare(b.indicator) ||
        a.row - b.row,
    );
}

/**
 * A published value as it should read: exact, a range, or missing (never a zero). GLOTIP's
 * "<5" is stored as the range 1–4 (the source writes 0 as 0), and reads "<5" again.
 */
export type ValueView =
  | { kind: "exact"; value: number }
  | { kind: "below"; bound: number }
  | { kind: "range"; from: number; to: number }
  | { kind: "missing"; reason: "not_available" | "confidential" };

export function valueView(value: StatAggregateCell["value"]): ValueView {
  if ("exact" in value) return { kind: "exact", value: value.exact };
  if ("range" in value) {
    const [from, to] = value.range;
    return from === 1 ? { kind: "below", bound: to + 1 } : { kind: "range", from, to };
  }
  return { kind: "missing", reason: value.missing };
}

/** First and last year of the figures, or null when there are none. */
export function yearSpan(cells: readonly StatAggregateCell[]): { from: number; to: number } | null {
  if (cells.length === 0) return null;
  const years = cells.map((c) => c.year);
  return { from: Math.min(...years), to: Math.max(...years) };
}
