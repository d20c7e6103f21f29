import { cellIndex, checkTable, StatTableError, TOTAL_CODE, type StatTable } from "./stat-table.ts";
import {
  CATEGORICAL,
  escapeXml,
  fitLabel,
  formatNumber,
  hatchPatternDef,
  idPrefix,
  MUTED,
  niceTicks,
  round,
  svgDocument,
  text,
  textWidth,
} from "./svg-document.ts";

export interface BarChartOptions {
  readonly width?: number;
  /** Defaults to the table's title. */
  readonly title?: string;
  /** Defaults to a sentence listing every value, for screen readers. */
  readonly description?: string;
  /** Show the "TOTAL" categories as bars too (off by default: a total dwarfs its parts). */
  readonly includeTotal?: boolean;
}

const BAR = 18;
const GAP = 8;
const WITHHELD_BAR = 22;

/**
 * Horizontal bars: one per category of a one-way table, or groups (first dimension) of
 * bars (second dimension) with a legend for a two-way table. A withheld value is a short
 * hatched bar labelled ":", never a zero-length bar.
 */
export function barChartSvg(table: StatTable, options: BarChartOptions = {}): string {
  checkTable(table);
  if (table.dimensions.length < 1 || table.dimensions.length > 2) {
    throw new StatTableError(`Table "${table.id}": a bar chart shows one- or two-way tables.`);
  }
  const keep = (code: string): boolean => options.includeTotal === true || code !== TOTAL_CODE;
  const [groupDim, seriesDim] = table.dimensions;
  if (!groupDim) throw new StatTableError(`Table "${table.id}" has no dimension.`);
  const groups = groupDim.categories.filter((c) => keep(c.code));
  const series = seriesDim
    ? seriesDim.categories.filter((c) => keep(c.code))
    : [{ code: "", label: table.unit }];
  const get = cellIndex(table);
  const valueOf = (g: string, s: string): number | null | undefined => get(seriesDim ? [g, s] : [g]);

  const title = options.title ?? table.title;
  const prefix = idPrefix("bar", { id: table.id, title, cells: table.cells });
  const hatch = `${prefix}-hatch`;
  const width = options.width ?? 640;
  const labelWidth = Math.min(
    width * 0.35,
    Math.max(60, ...groups.map((g) => textWidth(g.label)), ...(seriesDim ? [] : [0])) + 8,
  );
  const legendHeight = seriesDim ? 24 : 0;
  const top = 36 + legendHeight;
  const left = Math.round(12 + labelWidth);
  const right = width - 56;
  const groupHeight = series.length * BAR + GAP * 2;
  const plotHeight = groups.length * groupHeight;
  const height = top + plotHeight + 44;

  const shown = groups
    .flatMap((g) => series.map((s) => valueOf(g.code, s.code)))
    .filter((v) => typeof v === "number");
  const ticks = niceTicks(Math.max(0, ...shown));
  const max = ticks[ticks.length - 1] ?? 1;
  const x = (v: number): number => left + (Math.max(0, v) / max) * (right - left);

  const parts: string[] = [text(12, 22, title, { size: 15, weight: "bold" })];
  if (seriesDim) {
    let lx = 12;
    series.forEach((s, i) => {
      parts.push(`<rect x="${round(lx)}" y="34" width="12" height="12" fill="${color(i)}"/>`);
      parts.push(text(lx + 16, 44, s.label, { size: 11 }));
      lx += 28 + textWidth(s.label, 11);
    });
  }
  for (const tick of ticks) {
    parts.push(
      `<line x1="${round(x(tick))}" y1="${top}" x2="${round(x(tick))}" y2="${top + plotHeight}" stroke="#dddddd"/>`,
    );
    parts.push(
      text(x(tick), top + plotHeight + 16, formatNumber(tick), { size: 10, anchor: "middle", fill: MUTED }),
    );
  }
  const anyWithheld = groups.some((g) => series.some((s) => valueOf(g.code, s.code) === null));
  groups.forEach((g, gi) => {
    const gy = top + gi * groupHeight + GAP;
    parts.push(
      text(left - 8, gy + (series.length * BAR) / 2 + 4, fitLabel(g.label, labelWidth - 8), {
        anchor: "end",
      }),
    );
    series.forEach((s, si) => {
      const value = valueOf(g.code, s.code);
      if (value === undefined) return;
      const y = gy + si * BAR;
      const label = seriesDim ? `${g.label}, ${s.label}` : g.label;
      if (value === null) {
        parts.push(
          `<rect x="${left}" y="${round(y + 1)}" width="${WITHHELD_BAR}" height="${BAR - 2}" fill="url(#${hatch})" stroke="#555555">` +
            `<title>${escapeXml(`${label}: withheld`)}</title></rect>`,
        );
        parts.push(text(left + WITHHELD_BAR + 4, y + BAR - 5, ":", { size: 11 }));
        return;
      }
      parts.push(
        `<rect x="${left}" y="${round(y + 1)}" width="${round(x(value) - left)}" height="${BAR - 2}" fill="${color(seriesDim ? si : 0)}">` +
          `<title>${escapeXml(`${label}: ${formatNumber(value)}`)}</title></rect>`,
      );
      parts.push(text(x(value) + 4, y + BAR - 5, formatNumber(value), { size: 11 }));
    });
  });
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="#444444"/>`);
  const foot = [`Unit: ${table.unit}`, anyWithheld ? "hatched “:” = withheld" : ""]
    .filter(Boolean)
    .join(" · ");
  parts.push(text(12, height - 8, foot, { size: 10, fill: MUTED }));

  return svgDocument({
    prefix,
    width,
    height,
    title,
    description: options.description ?? describe(title, groups, series, valueOf, Boolean(seriesDim)),
    defs: hatchPatternDef(hatch),
    body: parts.join(""),
  });
}

function color(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length] ?? "#0072B2";
}

function describe(
  title: string,
  groups: readonly { code: string; label: string }[],
  series: readonly { code: string; label: string }[],
  valueOf: (g: string, s: string) => number | null | undefined,
  twoWay: boolean,
): string {
  const items = groups.flatMap((g) =>
    series.flatMap((s) => {
      const v = valueOf(g.code, s.code);
      if (v === undefined) return [];
      const name = twoWay ? `${g.label}, ${s.label}` : g.label;
      return [`${name}: ${v === null ? "withheld" : formatNumber(v)}`];
    }),
  );
  return `Bar chart: ${title}. ${items.join("; ")}.`;
}
