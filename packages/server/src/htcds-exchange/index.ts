export {
  HTCDS_CASE_ROW_FIELDS,
  HTCDS_KEY_ALIASES,
  HTCDS_LOOKUP_TARGETS,
  IOM_TEMPLATE_FIELDS,
  isHtcdsCaseRowField,
  type HtcdsCaseRow,
  type HtcdsCaseRowField,
  type HtcdsLookupField,
  type HtcdsLookupTarget,
} from "./case-row.ts";
export type { DateOrder } from "./field-values.ts";
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ERRORS,
  DEFAULT_MAX_ROWS,
  DEFAULT_MAX_UNPACKED_BYTES,
  readHtcdsRows,
  type HtcdsFileFormat,
  type HtcdsReadOptions,
  type HtcdsReadResult,
} from "./read-rows.ts";
export type { HtcdsColumn, HtcdsReadError, HtcdsReadErrorCode, HtcdsReadRow } from "./row-collector.ts";
export { syntheticHtcdsRows } from "./synthetic-rows.ts";
export { writeHtcdsRows, type HtcdsWriteOptions } from "./write-rows.ts";
