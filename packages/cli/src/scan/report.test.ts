import { scanAds } from "@ariadne/detect";
import { describe, expect, it } from "vitest";
import { escapeHtml, renderReport, type ReportAd } from "./report.ts";

describe("the scan report", () => {
  const hostile = `<img src=x onerror="alert(1)"> call 06 12 34 56 78, fresh & young`;
  const ads = [
    { id: "a<1>", text: `${hostile} in Paris`, date: "2024-05-01" },
    { id: "a2", text: `${hostile} in Lyon`, date: "2024-05-02" },
  ];
  const result = scanAds(ads, { region: "FR" });
  const shown = new Map<string, ReportAd>(
    result.ads.map((a) => [
      a.id,
      {
        id: a.id,
        text: a.text,
        spans: a.flags.flatMap((f) => f.spans.map((s) => ({ ...s, indicator: f.indicator }))),
      },
    ]),
  );
  const html = renderReport({
    result,
    source: "<file>.jsonl",
    generatedAt: "2024-06-01T00:00:00Z",
    invalidRows: {},
    repairedRows: 0,
    ads: shown,
    maxNetworks: 10,
    maxAdsPerNetwork: 10,
  });

  it("escapes every piece of ad text, ids and file names", () => {
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("a&lt;1&gt;");
    expect(html).toContain("&lt;file&gt;.jsonl");
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("is self-contained: inline style, no script, no external resource", () => {
    expect(html).toMatch(/<style>/);
    expect(html).not.toMatch(/<script|<link|https?:\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it("marks flagged words and template slots", () => {
    expect(html).toContain('<mark class="flag" title="sex.youth">young</mark>');
    expect(html).toContain('<mark class="slot">{city}</mark>');
  });
});
