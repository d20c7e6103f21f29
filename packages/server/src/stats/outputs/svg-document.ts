/**
 * What every chart shares: escaping, the accessible frame (<title>, <desc>, role="img"),
 * the hatch that marks withheld values, colours and number formatting. Charts are plain
 * SVG strings with no script, no external reference and no web font: they render the same
 * inline in HTML, through resvg to PNG and through svg-to-pdfkit into a PDF.
 */

/** Local families only; nothing is downloaded. */
export const FONT_FAMILY = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

/** Sequential blues for maps (light to dark). */
export const SEQUENTIAL = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const CATEGORICAL = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#000000",
] as const;
export const NO_DATA_FILL = "#eeeeee";
export const INK = "#222222";
export const MUTED = "#666666";

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A short stable id prefix from the chart's input, so that charts inlined together do not share ids. */
export function idPrefix(kind: string, input: unknown): string {
  let hash = 0x811c9dc5;
  const text = kind + JSON.stringify(input);
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${kind}-${(hash >>> 0).toString(36)}`;
}

export function hatchPatternDef(id: string): string {
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#555555" stroke-width="2"/></pattern>`
  );
}

export interface SvgFrame {
  readonly prefix: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly description: string;
  readonly defs?: string;
  readonly body: string;
}

/** The outer <svg>: sized, titled, described, with a white background. */
export function svgDocument(frame: SvgFrame): string {
  const { prefix, width, height } = frame;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${FONT_FAMILY}">` +
    `<title id="${prefix}-title">${escapeXml(frame.title)}</title>` +
    `<desc id="${prefix}-desc">${escapeXml(frame.description)}</desc>` +
    (frame.defs === undefined ? "" : `<defs>${frame.defs}</defs>`) +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    frame.body +
    `</svg>`
  );
}

export function text(
  x: number,
  y: number,
  content: string,
  attrs: { size?: number; anchor?: "start" | "middle" | "end"; weight?: "bold"; fill?: string } = {},
): string {
  return (
    `<text x="${round(x)}" y="${round(y)}" font-size="${attrs.size ?? 12}"` +
    (attrs.anchor && attrs.anchor !== "start" ? ` text-anchor="${attrs.anchor}"` : "") +
    (attrs.weight ? ` font-weight="${attrs.weight}"` : "") +
    ` fill="${attrs.fill ?? INK}">${escapeXml(content)}</text>`
  );
}

export function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

const NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** A rough width of a label in a sans-serif face, for layout without measuring fonts. */
export function textWidth(content: string, size = 12): number {
  return content.length * size * 0.58;
}

/** Shortens a label to fit a width, with an ellipsis. */
export function fitLabel(content: string, width: number, size = 12): string {
  if (textWidth(content, size) <= width) return content;
  const keep = Math.max(1, Math.floor(width / (size * 0.58)) - 1);
  return `${content.slice(0, keep)}…`;
}

/** Tick values from 0 to at least `max`, in steps of 1, 2 or 5 × 10^k, about five of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return ticks;
}
