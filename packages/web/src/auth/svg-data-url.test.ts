import { describe, expect, it } from "vitest";
import { svgDataUrl } from "./svg-data-url.ts";

describe("svgDataUrl", () => {
  it("encodes the SVG as base64 so that it round-trips, including non-ASCII text", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>Clé</title></svg>';
    const url = svgDataUrl(svg);
    expect(url.startsWith("data:image/svg+xml;base64,")).toBe(true);
    const decoded = new TextDecoder().decode(
      Uint8Array.from(atob(url.slice("data:image/svg+xml;base64,".length)), (char) => char.charCodeAt(0)),
    );
    expect(decoded).toBe(svg);
  });
});
