import { barChartSvg, lineChartSvg, worldMapSvg, type ReportInput } from "./outputs/index.ts";
import type { StatTable } from "./stats-schema.ts";

/**
 * The yearly report: every table, with charts of the main breakdowns, the trend and a map of
 * citizenship. Values come from the tables as given (protected or exact), never recomputed.
 */
export function reportInput(
  title: string,
  year: number,
  country: string,
  tables: readonly StatTable[],
  trend: readonly { year: number; count: number | null }[],
): ReportInput {
  const table = (id: string) => tables.find((t) => t.id === id);
  const charts: ReportInput["charts"][number][] = [];
  for (const id of ["victims.sex", "victims.age_group", "victims.form", "traffickers.stage"]) {
    const t = table(id);
    if (t) charts.push({ title: t.title, svg: barChartSvg(t, { title: t.title }) });
  }
  if (trend.length > 0)
    charts.push({
      title: "Registered victims per year",
      svg: lineChartSvg({
        title: "Registered victims per year",
        unit: "persons",
        series: [
          { label: "Registered victims", points: trend.map((p) => ({ year: p.year, value: p.count })) },
        ],
      }),
    });
  const citizenship = table("victims.citizenship");
  if (citizenship) {
    const values: Record<string, number | null> = {};
    for (const c of citizenship.cells) {
      const code = c.categories[0];
      if (code && code !== "TOTAL" && code !== "unknown" && c.value !== 0) values[code] = c.value;
    }
    charts.push({
      title: "Registered victims by country of citizenship",
      svg: worldMapSvg(values, {
        title: "Registered victims by country of citizenship",
        unit: "registered victims",
      }),
    });
  }
  return {
    title,
    year,
    country,
    tables,
    charts,
    methodNotes: [
      "Counts come from the case records held in Ariadne, deduplicated across organisations. Figures are as protected in each table's note.",
    ],
  };
}
