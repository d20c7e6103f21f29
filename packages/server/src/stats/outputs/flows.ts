import { countryName } from "../imports/country-table.ts";
import {
  escapeXml,
  fitLabel,
  formatNumber,
  hatchPatternDef,
  idPrefix,
  MUTED,
  round,
  svgDocument,
  text,
} from "./svg-document.ts";

export interface Flow {
  /** ISO alpha-2 of the citizenship (or origin). */
  readonly origin: string;
  /** ISO alpha-2 of the country of exploitation (or destination). */
  readonly destination: string;
  /** null = withheld. */
  readonly value: number | null;
}

export interface FlowsOptions {
  readonly title: string;
  readonly description?: string;
  readonly width?: number;
  /** How many flows to draw; the rest are counted in a line under the list. Default 15. */
  readonly limit?: number;
  readonly unit?: string;
}

const ROW = 22;

/**
 * A ranked list of flows, "origin → destination", largest first, each with a bar.
 * Withheld flows come last, hatched. A list reads better than arcs on a small world map
 * and stays accessible: every row is text.
 */
export function flowsSvg(flows: readonly Flow[], options: FlowsOptions): string {
  const width = options.width ?? 640;
  const limit = options.limit ?? 15;
  const prefix = idPrefix("flows", { flows, title: options.title });
  const hatch = `${prefix}-hatch`;
  const ranked = [...flows].sort(
    (a, b) =>
      (b.value ?? -1) - (a.value ?? -1) ||
      countryName(a.origin).localeCompare(countryName(b.origin)) ||
      countryName(a.destination).localeCompare(countryName(b.destination)),
  );
  const shown = ranked.slice(0, limit);
  const hidden = ranked.length - shown.length;
  const max = Math.max(1, ...shown.map((f) => f.value ?? 0));
  const labelWidth = Math.round(width * 0.45);
  const left = 12 + labelWidth;
  const right = width - 56;
  const top = 40;

  const parts: string[] = [text(12, 22, options.title, { size: 15, weight: "bold" })];
  shown.forEach((flow, i) => {
    const y = top + i * ROW;
    const label = `${countryName(flow.origin)} → ${countryName(flow.destination)}`;
    parts.push(text(12, y + 14, fitLabel(label, labelWidth - 8), { size: 12 }));
    if (flow.value === null) {
      parts.push(
        `<rect x="${left}" y="${y + 3}" width="22" height="${ROW - 6}" fill="url(#${hatch})" stroke="#555555">` +
          `<title>${escapeXml(`${label}: withheld`)}</title></rect>`,
      );
      parts.push(text(left + 26, y + 15, ":", { size: 11 }));
      return;
    }
    const w = (Math.max(0, flow.value) / max) * (right - left);
    parts.push(
      `<rect x="${left}" y="${y + 3}" width="${round(w)}" height="${ROW - 6}" fill="#0072B2">` +
        `<title>${escapeXml(`${label}: ${formatNumber(flow.value)}`)}</title></rect>`,
    );
    parts.push(text(left + w + 4, y + 15, formatNumber(flow.value), { size: 11 }));
  });
  let y = top + shown.length * ROW + 16;
  if (shown.length === 0) {
    parts.push(text(12, y, "No flows to show.", { size: 12, fill: MUTED }));
    y += 16;
  }
  if (hidden > 0) {
    parts.push(
      text(12, y, `and ${hidden} smaller or withheld flow${hidden === 1 ? "" : "s"} not drawn`, {
        size: 10,
        fill: MUTED,
      }),
    );
    y += 16;
  }
  const foot = [
    options.unit === undefined ? "" : `Unit: ${options.unit}`,
    ranked.some((f) => f.value === null) ? "hatched “:” = withheld" : "",
  ]
    .filter(Boolean)
    .join(" · ");
  if (foot !== "") {
    parts.push(text(12, y, foot, { size: 10, fill: MUTED }));
    y += 16;
  }
  const height = y + 4;

  return svgDocument({
    prefix,
    width,
    height,
    title: options.title,
    description:
      options.description ??
      `Flows from origin to destination: ${options.title}. ` +
        (ranked.length === 0
          ? "None."
          : `${ranked
              .map(
                (f) =>
                  `${countryName(f.origin)} to ${countryName(f.destination)}: ${f.value === null ? "withheld" : formatNumber(f.value)}`,
              )
              .join("; ")}.`),
    defs: hatchPatternDef(hatch),
    body: parts.join(""),
  });
}
