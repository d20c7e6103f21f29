import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import {
  checkTable,
  listGrid,
  tableGrid,
  WITHHELD_FOOTNOTE,
  WITHHELD_SIGN,
  type StatTable,
  type TableGrid,
} from "./stat-table.ts";
import { formatNumber } from "./svg-document.ts";
import {
  checkChartSvg,
  countryLabel,
  DEFINITIONS,
  protectionNotes,
  REPORT_KICKER,
  type ReportChart,
  type ReportInput,
} from "./report-content.ts";

export interface ReportPdfOptions {
  /** Deflate the page streams (default true; tests turn it off to read the text). */
  readonly compress?: boolean;
  /**
   * "standard": the PDF's built-in Helvetica, which covers Western European text only (other
   * characters are spelt out or replaced, e.g. ε → "epsilon"). A TrueType pair embeds a font
   * that covers more. By default DejaVu Sans is embedded when the system has it (Debian's
   * fonts-dejavu-core), else the standard font is used.
   */
  readonly font?: "standard" | { readonly regular: string | Buffer; readonly bold: string | Buffer };
}

const SYSTEM_DEJAVU = {
  regular: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  bold: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
};

const MARGIN = 56;
const ROW_HEIGHT = 15;
const BLUE = "#0072B2";

interface Fonts {
  readonly regular: string;
  readonly bold: string;
  /** Whether the font covers text beyond Windows-1252; if not, text goes through `winAnsi`. */
  readonly unicode: boolean;
}

/**
 * The yearly report as a PDF (A4): a title page with contents, each table (withheld values
 * as ":" with a footnote), the charts (drawn as vectors from their SVG), and the method:
 * how each table is protected, the definitions, and the notes given. Pages are numbered.
 */
export async function reportPdf(input: ReportInput, options: ReportPdfOptions = {}): Promise<Buffer> {
  input.tables.forEach(checkTable);
  input.charts.forEach(checkChartSvg);
  const country = countryLabel(input.country);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    compress: options.compress ?? true,
    bufferPages: true,
    info: { Title: `${input.title} — ${country} ${input.year}`, Author: "Ariadne", Subject: REPORT_KICKER },
    lang: "en",
    displayTitle: true,
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const fonts = useFonts(doc, options.font);
  const t = (s: string): string => (fonts.unicode ? s : winAnsi(s));

  titlePage(doc, fonts, t, input, country);
  if (input.tables.length > 0) {
    doc.addPage();
    heading(doc, fonts, t("Tables"));
    for (const table of input.tables) drawTable(doc, fonts, t, table);
  }
  if (input.charts.length > 0) {
    doc.addPage();
    heading(doc, fonts, t("Charts"));
    for (const chart of input.charts) drawChart(doc, fonts, t, chart);
  }
  doc.addPage();
  methodSection(doc, fonts, t, input);
  numberPages(doc, fonts, t(`${input.title} — ${country} ${input.year}`));
  doc.end();
  return done;
}

function useFonts(doc: PDFKit.PDFDocument, choice: ReportPdfOptions["font"]): Fonts {
  const pair =
    choice === "standard"
      ? undefined
      : (choice ??
        (existsSync(SYSTEM_DEJAVU.regular) && existsSync(SYSTEM_DEJAVU.bold) ? SYSTEM_DEJAVU : undefined));
  if (pair === undefined) return { regular: "Helvetica", bold: "Helvetica-Bold", unicode: false };
  doc.registerFont("Body", pair.regular);
  doc.registerFont("Body-Bold", pair.bold);
  return { regular: "Body", bold: "Body-Bold", unicode: true };
}

function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottomLimit(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit on this one. */
function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

function heading(doc: PDFKit.PDFDocument, fonts: Fonts, text: string): void {
  doc.font(fonts.bold).fontSize(18).fillColor(BLUE).text(text, doc.page.margins.left, doc.y);
  doc.moveDown(0.6).fillColor("#222222");
}

function titlePage(
  doc: PDFKit.PDFDocument,
  fonts: Fonts,
  t: (s: string) => string,
  input: ReportInput,
  country: string,
): void {
  const left = doc.page.margins.left;
  doc.y = doc.page.height * 0.3;
  doc
    .font(fonts.regular)
    .fontSize(11)
    .fillColor("#555555")
    .text(t(REPORT_KICKER.toUpperCase()), left, doc.y, { characterSpacing: 1 });
  doc.moveDown(0.8);
  doc
    .font(fonts.bold)
    .fontSize(28)
    .fillColor("#222222")
    .text(t(input.title), { width: contentWidth(doc) });
  doc.moveDown(0.4);
  doc
    .font(fonts.regular)
    .fontSize(16)
    .text(t(`${country} · ${input.year}`));
  doc.moveDown(3);
  doc.font(fonts.bold).fontSize(12).text(t("Contents"));
  doc.moveDown(0.3);
  const parts = [
    input.tables.length > 0 ? `Tables (${input.tables.length})` : "",
    input.charts.length > 0 ? `Charts (${input.charts.length})` : "",
    "Method: protection, definitions and notes",
  ].filter(Boolean);
  doc.font(fonts.regular).fontSize(11);
  parts.forEach((p, i) => doc.text(t(`${i + 1}. ${p}`)));
}

function drawTable(doc: PDFKit.PDFDocument, fonts: Fonts, t: (s: string) => string, table: StatTable): void {
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  doc.font(fonts.regular).fontSize(9);
  let grid: TableGrid = tableGrid(table);
  const firstWidth = Math.min(
    width * 0.42,
    Math.max(90, ...grid.rows.map((r) => doc.widthOfString(t(r.label)) + 10)),
  );
  // A cross-table too wide for the page is printed as a list instead.
  if ((width - firstWidth) / Math.max(1, grid.columns.length) < 42) grid = listGrid(table);
  const first = grid.columns.length === 1 ? Math.min(width * 0.7, Math.max(firstWidth, 160)) : firstWidth;
  const columnWidth = Math.min(90, (width - first) / Math.max(1, grid.columns.length));

  ensureSpace(doc, 60 + ROW_HEIGHT * Math.min(grid.rows.length + 1, 6));
  doc.moveDown(0.5);
  doc.font(fonts.bold).fontSize(12).fillColor("#222222").text(t(table.title), left, doc.y, { width });
  const meta = [`Unit: ${table.unit}`, table.year === undefined ? "" : `Year: ${table.year}`]
    .filter(Boolean)
    .join(" · ");
  doc.font(fonts.regular).fontSize(9).fillColor("#555555").text(t(meta), { width });
  doc.moveDown(0.3).fillColor("#222222");

  const cellText = (
    s: string,
    x: number,
    y: number,
    w: number,
    align: "left" | "right",
    bold = false,
  ): void => {
    doc.font(bold ? fonts.bold : fonts.regular).fontSize(9);
    doc.text(t(s), x + 3, y + 3.5, {
      width: w - 6,
      align,
      lineBreak: false,
      ellipsis: true,
      height: ROW_HEIGHT,
    });
  };
  const header = (): void => {
    const y = doc.y;
    doc
      .rect(left, y, first + columnWidth * grid.columns.length, ROW_HEIGHT)
      .fill("#eef3f8")
      .fillColor("#222222");
    cellText(grid.corner, left, y, first, "left", true);
    grid.columns.forEach((c, i) =>
      cellText(c, left + first + i * columnWidth, y, columnWidth, "right", true),
    );
    doc.y = y + ROW_HEIGHT;
  };
  header();
  grid.rows.forEach((row, r) => {
    if (doc.y + ROW_HEIGHT > bottomLimit(doc)) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    if (r % 2 === 1)
      doc
        .rect(left, y, first + columnWidth * grid.columns.length, ROW_HEIGHT)
        .fill("#f7f7f7")
        .fillColor("#222222");
    cellText(row.label, left, y, first, "left");
    row.values.forEach((v, i) => {
      const shown = v === undefined ? "" : v === null ? WITHHELD_SIGN : formatNumber(v);
      cellText(shown, left + first + i * columnWidth, y, columnWidth, "right");
    });
    doc.y = y + ROW_HEIGHT;
  });
  doc
    .moveTo(left, doc.y)
    .lineTo(left + first + columnWidth * grid.columns.length, doc.y)
    .lineWidth(0.5)
    .stroke("#999999");
  doc.moveDown(0.4);
  doc.font(fonts.regular).fontSize(8).fillColor("#444444");
  if (table.cells.some((c) => c.value === null)) doc.text(t(WITHHELD_FOOTNOTE), left, doc.y, { width });
  doc.fillColor("#222222").moveDown(1);
}

function drawChart(
  doc: PDFKit.PDFDocument,
  fonts: Fonts,
  t: (s: string) => string,
  chart: ReportChart,
): void {
  const width = contentWidth(doc);
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(chart.svg);
  const ratio = size?.[1] && size[2] ? Number(size[2]) / Number(size[1]) : 0.5;
  const height = Math.min(width * ratio, bottomLimit(doc) - doc.page.margins.top - 30);
  ensureSpace(doc, height + 30);
  const left = doc.page.margins.left;
  const y = doc.y;
  SVGtoPDF(doc, fonts.unicode ? chart.svg : winAnsi(chart.svg), left, y, {
    width,
    height,
    preserveAspectRatio: "xMinYMin meet",
    fontCallback: (_family, bold) => (bold ? fonts.bold : fonts.regular),
    warningCallback: () => undefined,
  });
  doc.y = y + height + 4;
  doc
    .font(fonts.regular)
    .fontSize(9)
    .fillColor("#444444")
    .text(t(chart.caption ?? chart.title), left, doc.y, { width });
  doc.fillColor("#222222").moveDown(1.2);
}

function methodSection(
  doc: PDFKit.PDFDocument,
  fonts: Fonts,
  t: (s: string) => string,
  input: ReportInput,
): void {
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  heading(doc, fonts, t("Method"));
  const sub = (s: string): void => {
    ensureSpace(doc, 40);
    doc.moveDown(0.4).font(fonts.bold).fontSize(13).fillColor("#222222").text(t(s), left, doc.y, { width });
    doc.moveDown(0.3);
  };
  const paragraph = (s: string, bold?: string): void => {
    ensureSpace(doc, 30);
    doc.fontSize(10).fillColor("#222222");
    if (bold !== undefined) {
      doc.font(fonts.bold).text(t(`${bold}: `), left, doc.y, { width, continued: true });
      doc.font(fonts.regular).text(t(s));
    } else {
      doc.font(fonts.regular).text(t(s), left, doc.y, { width });
    }
    doc.moveDown(0.4);
  };
  const protection = protectionNotes(input.tables);
  if (protection.length > 0) {
    sub("Protection of the figures");
    for (const p of protection) paragraph(p.text, p.title);
  }
  sub("Definitions");
  for (const d of DEFINITIONS) paragraph(d.text, d.term);
  if (input.methodNotes.length > 0) {
    sub("Notes");
    for (const n of input.methodNotes) paragraph(n);
  }
}

function numberPages(doc: PDFKit.PDFDocument, fonts: Fonts, title: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    if (i === start) continue; // the title page carries no footer
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would start a new page; lift the margin for the footer.
    doc.page.margins.bottom = 0;
    doc
      .font(fonts.regular)
      .fontSize(8)
      .fillColor("#666666")
      .text(`${title} · ${i + 1} / ${count}`, doc.page.margins.left, doc.page.height - bottom + 20, {
        width: contentWidth(doc),
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/** Characters Windows-1252 (the standard PDF fonts' encoding) has beyond Latin-1. */
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const SPELT_OUT: Readonly<Record<string, string>> = {
  ε: "epsilon",
  δ: "delta",
  ρ: "rho",
  "→": "->",
  "←": "<-",
  "≥": ">=",
  "≤": "<=",
  "−": "-",
  "≈": "~",
};

/** Text the standard fonts can show: Windows-1252 kept, a few symbols spelt out, the rest "?". */
export function winAnsi(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      ch === "\n" ||
      CP1252_EXTRA.has(ch)
    )
      out += ch;
    else out += SPELT_OUT[ch] ?? "?";
  }
  return out;
}
