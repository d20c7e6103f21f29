import { Resvg } from "@resvg/resvg-js";

/**
 * Renders a chart to PNG at the given pixel width (the height follows the aspect ratio).
 * Text uses the machine's fonts (resvg loads the system fonts); no font is downloaded.
 */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: Math.max(1, Math.round(width)) },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}
