export { importDataset } from "./import-dataset.ts";
export {
  IMPORT_FORMATS,
  AGGREGATE_INDICATORS,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
  type ImportReport,
  type ImportError,
  type UnknownCode,
  type ImportedVictim,
  type AggregateCell,
  type AggregateCitizenship,
  type AggregateIndicator,
  type AggregateValue,
} from "./types.ts";
export {
  COUNTRIES,
  countryByAlpha2,
  countryName,
  alpha2FromAlpha3,
  alpha2FromName,
  alpha2FromNumeric,
  type CountryEntry,
} from "./country-table.ts";
