import {
  CATEGORICAL,
  escapeXml,
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

export interface YearSeries {
  readonly label: string;
  /** One point per year; null = withheld. Years without a point are gaps too. */
  readonly points: readonly { readonly year: number; readonly value: number | null }[];
}

export interface LineChartInput {
  readonly title: string;
  readonly description?: string;
  readonly unit?: string;
  readonly series: readonly YearSeries[];
  readonly width?: number;
  readonly height?: number;
}

/**
 * Series by year. A line breaks where a value is withheld or missing, and a withheld year
 * is marked by a hatched square on the axis, so that a gap never reads as a fall to zero.
 */
export function lineChartSvg(input: LineChartInput): string {
  const width = input.width ?? 640;
  const height = input.height ?? 320;
  const prefix = idPrefix("line", input);
  const hatch = `${prefix}-hatch`;
  const years = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const values = input.series.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const ticks = niceTicks(Math.max(0, ...values));
  const max = ticks[ticks.length - 1] ?? 1;

  const legendHeight = input.series.length > 1 ? 22 : 0;
  const top = 40 + legendHeight;
  const left = 12 + Math.max(...ticks.map((t) => textWidth(formatNumber(t), 10))) + 8;
  const right = width - 20;
  const bottom = height - 44;
  const x = (year: number): number =>
    last === first ? (left + right) / 2 : left + ((year - first) / (last - first)) * (right - left);
  const y = (v: number): number => bottom - (Math.max(0, v) / max) * (bottom - top);

  const parts: string[] = [text(12, 22, input.title, { size: 15, weight: "bold" })];
  if (input.series.length > 1) {
    let lx = 12;
    input.series.forEach((s, i) => {
      parts.push(
        `<line x1="${round(lx)}" y1="40" x2="${round(lx + 16)}" y2="40" stroke="${color(i)}" stroke-width="3"/>`,
      );
      parts.push(text(lx + 20, 44, s.label, { size: 11 }));
      lx += 32 + textWidth(s.label, 11);
    });
  }
  for (const tick of ticks) {
    parts.push(
      `<line x1="${round(left)}" y1="${round(y(tick))}" x2="${round(right)}" y2="${round(y(tick))}" stroke="#dddddd"/>`,
    );
    parts.push(text(left - 6, y(tick) + 4, formatNumber(tick), { size: 10, anchor: "end", fill: MUTED }));
  }
  const step = Math.max(1, Math.ceil(years.length / Math.max(1, Math.floor((right - left) / 40))));
  years.forEach((year, i) => {
    if (i % step === 0 || i === years.length - 1)
      parts.push(text(x(year), bottom + 16, String(year), { size: 10, anchor: "middle", fill: MUTED }));
  });
  parts.push(
    `<line x1="${round(left)}" y1="${round(bottom)}" x2="${round(right)}" y2="${round(bottom)}" stroke="#444444"/>`,
  );

  const anyWithheld = input.series.some((s) => s.points.some((p) => p.value === null));
  input.series.forEach((s, i) => {
    const byYear = new Map(s.points.map((p) => [p.year, p.value]));
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 1)
        parts.push(
          `<polyline points="${run.join(" ")}" fill="none" stroke="${color(i)}" stroke-width="2.5"/>`,
        );
      run = [];
    };
    for (const year of years) {
      const value = byYear.get(year);
      if (value === undefined || value === null) {
        flush();
        if (value === null) {
          parts.push(
            `<rect x="${round(x(year) - 5)}" y="${round(bottom - 5)}" width="10" height="10" fill="url(#${hatch})" stroke="${color(i)}">` +
              `<title>${escapeXml(`${s.label}, ${year}: withheld`)}</title></rect>`,
          );
        }
        continue;
      }
      run.push(`${round(x(year))},${round(y(value))}`);
      parts.push(
        `<circle cx="${round(x(year))}" cy="${round(y(value))}" r="3.5" fill="${color(i)}">` +
          `<title>${escapeXml(`${s.label}, ${year}: ${formatNumber(value)}`)}</title></circle>`,
      );
    }
    flush();
  });
  const foot = [
    input.unit === undefined ? "" : `Unit: ${input.unit}`,
    anyWithheld ? "hatched square = withheld" : "",
  ]
    .filter(Boolean)
    .join(" · ");
  if (foot !== "") parts.push(text(12, height - 8, foot, { size: 10, fill: MUTED }));

  return svgDocument({
    prefix,
    width,
    height,
    title: input.title,
    description: input.description ?? describe(input),
    defs: hatchPatternDef(hatch),
    body: parts.join(""),
  });
}

function color(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length] ?? "#0072B2";
}

function describe(input: LineChartInput): string {
  const series = input.series.map(
    (s) =>
      `${s.label}: ${[...s.points]
        .sort((a, b) => a.year - b.year)
        .map((p) => `${p.year} ${p.value === null ? "withheld" : formatNumber(p.value)}`)
        .join(", ")}`,
  );
  return `Line chart by year: ${input.title}. ${series.join("; ")}.`;
}
