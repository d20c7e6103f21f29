import { countryByAlpha2 } from "../imports/country-table.ts";
import { describeProtection, WITHHELD_FOOTNOTE, type StatTable } from "./stat-table.ts";

/** A chart made by one of the chart functions (barChartSvg, lineChartSvg, worldMapSvg, flowsSvg). */
export interface ReportChart {
  readonly title: string;
  readonly svg: string;
  readonly caption?: string;
}

export interface ReportInput {
  readonly title: string;
  readonly year: number;
  /** ISO alpha-2 (shown by name) or a name. */
  readonly country: string;
  readonly tables: readonly StatTable[];
  readonly charts: readonly ReportChart[];
  /** Paragraphs of plain text, added after the standard definitions. */
  readonly methodNotes: readonly string[];
}

export const REPORT_KICKER = "Statistics on trafficking in human beings";

/** What every report says about how it counts (the domain's Eurostat model, know/eurostat.ts). */
export const DEFINITIONS: readonly { readonly term: string; readonly text: string }[] = [
  {
    term: "Registered victim",
    text:
      "A person registered in the year as an identified victim (formally identified by the competent authority) " +
      "or as a presumed victim (meeting the criteria of trafficking but not, or not yet, formally identified). " +
      "Persons found not to be victims are not counted.",
  },
  { term: "Year", text: "The year in which the case was registered, not the year of the exploitation." },
  {
    term: "Deduplication",
    text:
      "A person with several cases in one year, at one or several organisations, is counted once in that year: " +
      "cases are matched on the same name and date of birth, or the same identity number, through keyed hashes, " +
      "so that no name leaves the case records. A person registered in two years is counted in each.",
  },
  {
    term: "Age",
    text: "Age at registration; a person under 18 is a child. An unknown age stays unknown, never adult.",
  },
  {
    term: "Citizenship",
    text: "Grouped as citizens of the reporting country, of another EU Member State, or of a country outside the EU.",
  },
  {
    term: "Forms of exploitation",
    text: "A person exploited in several ways is counted under each form, so the forms do not add up to the total.",
  },
  {
    term: "Unknown is not zero",
    text:
      "A value that was not recorded is counted in the unknown category, so that totals stay totals. " +
      "A zero means that no one was registered in that category.",
  },
  { term: "Withheld", text: WITHHELD_FOOTNOTE },
];

export function countryLabel(country: string): string {
  return /^[A-Za-z]{2}$/.test(country) ? (countryByAlpha2(country)?.name ?? country) : country;
}

/** One line per table: its title and what its protection does. */
export function protectionNotes(tables: readonly StatTable[]): { title: string; text: string }[] {
  return tables.map((t) => ({
    title: t.title,
    text: [describeProtection(t.protection), t.protection.note].filter((s) => s !== "").join(" "),
  }));
}

/** The elements the chart functions write; nothing else may be inlined into a report. */
const CHART_ELEMENTS = new Set([
  "svg",
  "title",
  "desc",
  "defs",
  "pattern",
  "rect",
  "line",
  "polyline",
  "path",
  "circle",
  "text",
  "g",
]);

/**
 * The charts of a report are inlined as they are, so they must be what the chart functions
 * make: an <svg> of known elements, with no event handler and no reference outside itself.
 * (Labels are escaped, so every "<" in a chart opens a tag.)
 */
export function checkChartSvg(chart: ReportChart): void {
  const svg = chart.svg.trim();
  const tags = [...svg.matchAll(/<\/?([A-Za-z][\w:-]*)([^>]*)>/g)];
  const bad =
    !svg.startsWith("<svg") ||
    !svg.endsWith("</svg>") ||
    tags.length !== (svg.match(/</g)?.length ?? 0) ||
    tags.some(([, name = "", attrs = ""]) => {
      if (!CHART_ELEMENTS.has(name)) return true;
      return /\son[a-z]+\s*=|\b(?:href|src)\s*=|url\(\s*(?!["']?#)/i.test(attrs);
    });
  if (bad) throw new Error(`Chart "${chart.title}" is not an SVG made by the chart functions.`);
}
