import { describe, expect, it } from "vitest";
import { barChartSvg } from "./bar-chart.ts";
import { reportHtml } from "./report-html.ts";
import { reportPdf, winAnsi } from "./report-pdf.ts";
import type { ReportInput } from "./report-content.ts";
import { formsTable, sexByAgeTable } from "./test-tables.ts";
import { worldMapSvg } from "./world-map.ts";

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    title: "Yearly report on trafficking",
    year: 2024,
    country: "GR",
    tables: [sexByAgeTable(), formsTable()],
    charts: [
      { title: "Forms", svg: barChartSvg(formsTable()) },
      {
        title: "Map",
        svg: worldMapSvg({ GR: 24, DE: null }, { title: "Victims by citizenship" }),
        caption: "Invented figures.",
      },
    ],
    methodNotes: ["These figures are invented for a test."],
    ...overrides,
  };
}

/** Windows-1252 bytes 0x80–0x9F (Node's TextDecoder reads "windows-1252" as Latin-1). */
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * The text a PDF shows with a standard font (WinAnsi encoding): one line per TJ operator (pdfkit's
 * text), and the glyphs svg-to-pdfkit draws one Tj at a time run together.
 */
function pdfText(pdf: Buffer): string {
  const hex = (h: string): string =>
    [...Buffer.from(h, "hex")]
      .map((b) => (b >= 0x80 && b < 0xa0 ? CP1252_80_9F.charAt(b - 0x80) : String.fromCharCode(b)))
      .join("");
  const lines: string[] = [];
  let glyphs = "";
  for (const m of pdf.toString("latin1").matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
    if (m[2] !== undefined) glyphs += hex(m[2]);
    else lines.push([...(m[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => hex(h[1] ?? "")).join(""));
  }
  return [...lines, glyphs].join("\n");
}

describe("reportHtml", () => {
  it("is one self-contained page: inline CSS and SVG, no script, nothing fetched", () => {
    const html = reportHtml(input());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<style>");
    expect(html).toContain("<svg xmlns=");
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain("<h1>Yearly report on trafficking</h1>");
    expect(html).toContain("Greece · 2024");
  });

  it("shows withheld values as ':' with the footnote, and the method", () => {
    const html = reportHtml(input());
    expect(html).toContain('<td class="withheld"><abbr title="withheld">:</abbr></td>');
    expect(html).toContain(": withheld (confidential)");
    expect(html).toContain("<dt>Registered victim</dt>");
    expect(html).toContain("<dt>Unknown is not zero</dt>");
    expect(html).toContain("counts from 1 to 4 are withheld");
    expect(html).toContain("ε = 0.5");
    expect(html).toContain("<p>These figures are invented for a test.</p>");
  });

  it("escapes every label, title and note", () => {
    const evil = '<img src=x onerror=alert(1)> & "quotes"';
    const table = sexByAgeTable({ title: evil });
    const html = reportHtml(
      input({
        title: evil,
        country: evil,
        tables: [
          {
            ...table,
            dimensions: table.dimensions.map((d) => ({
              ...d,
              label: evil,
              categories: d.categories.map((c) => ({ ...c, label: evil })),
            })),
          },
        ],
        charts: [{ title: evil, svg: barChartSvg(formsTable(), { title: evil }) }],
        methodNotes: [evil],
      }),
    );
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;");
  });

  it("refuses a chart that is not one of ours", () => {
    expect(() =>
      reportHtml(input({ charts: [{ title: "x", svg: "<svg><script>alert(1)</script></svg>" }] })),
    ).toThrow(/not an SVG/);
    expect(() =>
      reportHtml(
        input({ charts: [{ title: "x", svg: '<svg><image href="https://example.invalid/a.png"/></svg>' }] }),
      ),
    ).toThrow(/not an SVG/);
    expect(() => reportHtml(input({ charts: [{ title: "x", svg: "<p>hi</p>" }] }))).toThrow(/not an SVG/);
  });
});

describe("reportPdf", () => {
  it("makes a PDF with the title page, the tables with ':' for withheld values, the charts and the method", async () => {
    const pdf = await reportPdf(input(), { compress: false, font: "standard" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Yearly report on trafficking");
    expect(text).toContain("Greece · 2024");
    expect(text).toContain("Registered victims by sex and age group");
    expect(text.split("\n")).toContain(":");
    expect(text).toContain(": withheld (confidential)");
    expect(text).toContain("Registered victim: ");
    expect(text).toContain("epsilon = 0.5"); // ε spelt out: the standard font has no Greek
    expect(text).toContain("These figures are invented for a test.");
    expect(text).toContain("Victims by citizenship"); // the map's own title, drawn from its SVG
    expect(text).toMatch(/Yearly report on trafficking — Greece 2024 · 2 \/ \d/);
  });

  it("embeds a TrueType font when one is given, and compresses by default", async () => {
    const font = {
      regular: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
      bold: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    };
    const { existsSync } = await import("node:fs");
    if (!existsSync(font.regular)) return; // the machine has no DejaVu: nothing to embed
    const pdf = await reportPdf(input(), { font });
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw).toContain("/FontFile2");
    expect(raw).toContain("/FlateDecode");
  });
});

describe("winAnsi", () => {
  it("keeps Western European text and spells out what the standard fonts lack", () => {
    expect(winAnsi("Côte d’Ivoire – “ε ≥ 1” → ok, ρ; 𝛼")).toBe(
      "Côte d’Ivoire – “epsilon >= 1” -> ok, rho; ?",
    );
  });
});
