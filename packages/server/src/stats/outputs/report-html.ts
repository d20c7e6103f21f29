import { checkTable, tableGrid, WITHHELD_FOOTNOTE, type StatTable } from "./stat-table.ts";
import { escapeXml as escapeHtml, formatNumber } from "./svg-document.ts";
import {
  checkChartSvg,
  countryLabel,
  DEFINITIONS,
  protectionNotes,
  REPORT_KICKER,
  type ReportInput,
} from "./report-content.ts";

const CSS = `
*{box-sizing:border-box}
body{font-family:"DejaVu Sans","Liberation Sans",Arial,Helvetica,sans-serif;color:#222;margin:0 auto;max-width:60rem;padding:2rem;line-height:1.45}
h1{font-size:2rem;margin:.2rem 0}h2{font-size:1.4rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem;margin-top:2.5rem}h3{font-size:1.1rem}
.title-page{padding:4rem 0 2rem}.kicker{color:#555;text-transform:uppercase;letter-spacing:.05em;font-size:.85rem}.meta{font-size:1.2rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border:1px solid #ccc;padding:.25rem .5rem}thead th{background:#eef3f8}th[scope=row]{text-align:left;font-weight:normal}
td{text-align:right;font-variant-numeric:tabular-nums}td.withheld{color:#555}
.note{font-size:.85rem;color:#444;margin:.2rem 0}figure{margin:1.5rem 0}figure.chart svg{max-width:100%;height:auto}
figcaption{font-size:.85rem;color:#444}dt{font-weight:bold;margin-top:.6rem}dd{margin-left:0}
@page{size:A4;margin:18mm}
@media print{body{max-width:none;padding:0}.title-page{page-break-after:always;padding-top:30%}section{page-break-before:always}figure,table{break-inside:avoid}nav{page-break-after:always}}
`;

/**
 * A yearly report as one self-contained HTML page: inline CSS, the charts as inline SVG, no
 * script and nothing fetched, printable (each section on a new page). Every label and note
 * is escaped; the charts must come from the chart functions (checked).
 */
export function reportHtml(input: ReportInput): string {
  input.tables.forEach(checkTable);
  input.charts.forEach(checkChartSvg);
  const country = countryLabel(input.country);
  const toc = [
    input.tables.length > 0 ? `<li><a href="#tables">Tables</a></li>` : "",
    input.charts.length > 0 ? `<li><a href="#charts">Charts</a></li>` : "",
    `<li><a href="#method">Method</a></li>`,
  ].join("");
  const tables = input.tables.map((t, i) => tableHtml(t, `table-${i + 1}`)).join("");
  const charts = input.charts
    .map(
      (c) =>
        `<figure class="chart">${c.svg.trim()}<figcaption>${escapeHtml(c.caption ?? c.title)}</figcaption></figure>`,
    )
    .join("");
  const protection = protectionNotes(input.tables)
    .map((p) => `<li><strong>${escapeHtml(p.title)}</strong>: ${escapeHtml(p.text)}</li>`)
    .join("");
  const definitions = DEFINITIONS.map(
    (d) => `<dt>${escapeHtml(d.term)}</dt><dd>${escapeHtml(d.text)}</dd>`,
  ).join("");
  const notes = input.methodNotes.map((n) => `<p>${escapeHtml(n)}</p>`).join("");

  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(`${input.title} — ${country} ${input.year}`)}</title><style>${CSS}</style></head><body>` +
    `<header class="title-page"><p class="kicker">${escapeHtml(REPORT_KICKER)}</p><h1>${escapeHtml(input.title)}</h1>` +
    `<p class="meta">${escapeHtml(country)} · ${input.year}</p></header>` +
    `<nav aria-label="Contents"><h2>Contents</h2><ol>${toc}</ol></nav><main>` +
    (input.tables.length > 0 ? `<section id="tables"><h2>Tables</h2>${tables}</section>` : "") +
    (input.charts.length > 0 ? `<section id="charts"><h2>Charts</h2>${charts}</section>` : "") +
    `<section id="method"><h2>Method</h2>` +
    (protection === "" ? "" : `<h3>Protection of the figures</h3><ul>${protection}</ul>`) +
    `<h3>Definitions</h3><dl>${definitions}</dl>` +
    (notes === "" ? "" : `<h3>Notes</h3>${notes}`) +
    `</section></main></body></html>\n`
  );
}

function tableHtml(table: StatTable, id: string): string {
  const grid = tableGrid(table);
  const cell = (v: number | null | undefined): string =>
    v === undefined
      ? "<td></td>"
      : v === null
        ? `<td class="withheld"><abbr title="withheld">:</abbr></td>`
        : `<td>${formatNumber(v)}</td>`;
  const head = `<tr><th scope="col">${escapeHtml(grid.corner)}</th>${grid.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr>`;
  const body = grid.rows
    .map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th>${r.values.map(cell).join("")}</tr>`)
    .join("");
  const meta = [`Unit: ${table.unit}`, table.year === undefined ? "" : `Year: ${table.year}`]
    .filter(Boolean)
    .join(" · ");
  return (
    `<figure class="table" id="${id}"><table><caption>${escapeHtml(table.title)}</caption>` +
    `<thead>${head}</thead><tbody>${body}</tbody></table>` +
    `<p class="note">${escapeHtml(meta)}</p>` +
    (table.cells.some((c) => c.value === null)
      ? `<p class="note">${escapeHtml(WITHHELD_FOOTNOTE)}</p>`
      : "") +
    `</figure>`
  );
}
