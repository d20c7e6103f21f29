import { describe, expect, it } from "vitest";
import { barChartSvg } from "./bar-chart.ts";
import { flowsSvg } from "./flows.ts";
import { lineChartSvg } from "./line-chart.ts";
import { svgToPng } from "./svg-png.ts";
import { formsTable, sexByAgeTable } from "./test-tables.ts";
import { worldMapSvg } from "./world-map.ts";

const count = (text: string, part: string): number => text.split(part).length - 1;

describe("barChartSvg", () => {
  it("is an accessible, self-contained SVG with a bar per category and a hatched withheld bar", () => {
    const svg = barChartSvg(formsTable());
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toMatch(/role="img" aria-labelledby="(bar-\w+)-title \1-desc"/);
    expect(svg).toContain("<title id=");
    expect(svg).toContain(">Registered victims by form of exploitation</title>");
    expect(svg).toContain("Sexual exploitation: 14; Labour exploitation: 11; Forced begging: withheld.");
    expect(svg).toContain("<title>Forced begging: withheld</title>");
    expect(svg).toMatch(/fill="url\(#bar-\w+-hatch\)"/);
    expect(svg).not.toContain(">Total<"); // totals left out unless asked for
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:|@import|<script/);
  });

  it("groups a two-way table with a legend", () => {
    const svg = barChartSvg(sexByAgeTable(), { includeTotal: false });
    expect(count(svg, "<title>Female, ")).toBe(2);
    expect(svg).toContain("<title>Female, Adult: 12</title>");
    expect(svg).toContain(">Child</text>");
  });

  it("escapes every label", () => {
    const table = formsTable();
    const svg = barChartSvg({ ...table, title: 'Victims <of> "A & B"' });
    expect(svg).toContain("Victims &lt;of&gt; &quot;A &amp; B&quot;");
    expect(svg).not.toContain("<of>");
  });
});

describe("lineChartSvg", () => {
  it("breaks the line at a withheld year and marks it", () => {
    const svg = lineChartSvg({
      title: "Registered victims by year",
      unit: "persons",
      series: [
        {
          label: "Victims",
          points: [
            { year: 2020, value: 20 },
            { year: 2021, value: 25 },
            { year: 2022, value: null },
            { year: 2023, value: 31 },
            { year: 2024, value: 28 },
          ],
        },
      ],
    });
    expect(svg).toContain(">Registered victims by year</title>");
    expect(count(svg, "<polyline")).toBe(2);
    expect(svg).toContain("<title>Victims, 2022: withheld</title>");
    expect(svg).toContain("2020 20, 2021 25, 2022 withheld, 2023 31, 2024 28");
  });
});

describe("worldMapSvg", () => {
  const svg = worldMapSvg(
    { GR: 12, DE: null, FR: 0, MT: 3, ZZ: 4 },
    { title: "Victims by country of exploitation", unit: "persons" },
  );

  it("draws one shape per country with data, carrying its code and value", () => {
    expect(count(svg, 'data-iso2="GR"')).toBe(1);
    expect(count(svg, 'data-iso2="FR"')).toBe(1);
    expect(svg).toContain("<title>Greece: 12</title>");
    expect(svg).toContain("<title>France: 0</title>");
  });

  it("hatches withheld countries and shows small countries as dots", () => {
    expect(svg).toMatch(
      /<path d="[^"]+" fill="url\(#map-\w+-hatch\)"[^>]*data-iso2="DE"><title>Germany: withheld<\/title>/,
    );
    expect(svg).toMatch(/<circle [^>]*data-iso2="MT"><title>Malta: 3<\/title>/);
  });

  it("grey for no data, a legend, and what could not be drawn", () => {
    expect(count(svg, 'fill="#eeeeee"')).toBeGreaterThan(150);
    expect(svg).toContain(">withheld</text>");
    expect(svg).toContain(">no data</text>");
    expect(svg).toContain("Not on the map: ZZ 4");
    expect(svg).toContain(">Victims by country of exploitation</title>");
  });
});

describe("flowsSvg", () => {
  it("ranks flows, names countries, and puts withheld flows last", () => {
    const svg = flowsSvg(
      [
        { origin: "NG", destination: "IT", value: 14 },
        { origin: "RO", destination: "DE", value: 22 },
        { origin: "VN", destination: "GB", value: null },
      ],
      { title: "Citizenship → country of exploitation" },
    );
    const order = ["Romania → Germany", "Nigeria → Italy", "Viet Nam → United Kingdom"].map((s) =>
      svg.indexOf(`>${s}</text>`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(svg).toContain("<title>Viet Nam → United Kingdom: withheld</title>");
  });
});

describe("svgToPng", () => {
  it("renders a PNG of the asked width", () => {
    const png = svgToPng(barChartSvg(formsTable()), 320);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(320);
  });

  it("renders a map", () => {
    const png = svgToPng(worldMapSvg({ GR: 1 }, { title: "Map" }), 200);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});
