export {
  TOTAL_CODE,
  WITHHELD_SIGN,
  StatTableError,
  describeProtection,
  type StatTable,
  type StatDimension,
  type StatCell,
  type StatProtection,
} from "./stat-table.ts";
export { toCsv, toSdmxCsv, type SdmxCsvOptions } from "./table-csv.ts";
export { toXlsx } from "./table-xlsx.ts";
export { barChartSvg, type BarChartOptions } from "./bar-chart.ts";
export { lineChartSvg, type LineChartInput, type YearSeries } from "./line-chart.ts";
export { worldMapSvg, type WorldMapOptions } from "./world-map.ts";
export { flowsSvg, type Flow, type FlowsOptions } from "./flows.ts";
export { svgToPng } from "./svg-png.ts";
export { reportHtml } from "./report-html.ts";
export { reportPdf, type ReportPdfOptions } from "./report-pdf.ts";
export { DEFINITIONS, type ReportChart, type ReportInput } from "./report-content.ts";
