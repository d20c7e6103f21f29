import { useId } from "react";

/** Colours of the charts: dark enough for 3:1 against white, the text darker still. */
export const CHART = {
  bar: "#1864ab",
  line: "#1864ab",
  grid: "#dee2e6",
  axis: "#868e96",
  text: "#212529",
  muted: "#495057",
  hatch: "#495057",
  hatchGround: "#f1f3f5",
  noData: "#e9ecef",
} as const;

/** Sequential blues of the map's classes, light to dark (ColorBrewer Blues). */
export const MAP_CLASSES = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;

/** An id usable in `url(#…)` (React's ids hold characters that a URL reference does not take). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
}

/** The diagonal hatching that marks a withheld figure, in every chart and on the maps. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill={CHART.hatchGround} />
      <line x1={0} y1={0} x2={0} y2={6} stroke={CHART.hatch} strokeWidth={2} />
    </pattern>
  );
}

/** A small hatched square, as in the charts, for legends written in HTML. */
export function HatchSwatch({ size = 14 }: { size?: number }) {
  const id = useSvgId("hatch-swatch");
  return (
    <svg width={size} height={size} aria-hidden focusable="false" style={{ flex: "none" }}>
      <defs>
        <HatchPattern id={id} />
      </defs>
      <rect width={size} height={size} fill={`url(#${id})`} stroke={CHART.hatch} strokeWidth={1} />
    </svg>
  );
}

/** A filled square for legends written in HTML. */
export function ColorSwatch({ color, size = 14 }: { color: string; size?: number }) {
  return (
    <svg width={size} height={size} aria-hidden focusable="false" style={{ flex: "none" }}>
      <rect width={size} height={size} fill={color} stroke={CHART.axis} strokeWidth={0.5} />
    </svg>
  );
}

/** Rough width of a text in pixels (for layout before the browser measures anything). */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}
