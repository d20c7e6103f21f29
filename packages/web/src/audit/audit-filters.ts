import type { AuditQuery } from "../api/types.ts";
import type { AuditOutcome } from "../api/vocabulary.ts";

/** The filter form's values; dates are `YYYY-MM-DD` in the user's time zone. */
export interface AuditFilterValues {
  actorUserId: string | null;
  action: string;
  resourceType: string;
  resourceId: string;
  outcome: AuditOutcome | null;
  fromDate: string;
  toDate: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = {
  actorUserId: null,
  action: "",
  resourceType: "",
  resourceId: "",
  outcome: null,
  fromDate: "",
  toDate: "",
};

/** Local midnight of a `YYYY-MM-DD` date, `days` later; undefined for an invalid date. */
function localMidnight(date: string, days = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return undefined;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/**
 * The API query for the filters. "To" is inclusive for the user (the whole day), so the query
 * ends at the following midnight.
 */
export function toAuditQuery(values: AuditFilterValues): Omit<AuditQuery, "limit" | "before"> {
  const query: Omit<AuditQuery, "limit" | "before"> = {};
  const actorUserId = values.actorUserId?.trim() ?? "";
  if (actorUserId !== "") query.actorUserId = actorUserId;
  if (values.action.trim() !== "") query.action = values.action.trim();
  if (values.resourceType.trim() !== "") query.resourceType = values.resourceType.trim();
  if (values.resourceId.trim() !== "") query.resourceId = values.resourceId.trim();
  if (values.outcome !== null) query.outcome = values.outcome;
  const from = localMidnight(values.fromDate);
  if (from !== undefined) query.from = from;
  const to = localMidnight(values.toDate, 1);
  if (to !== undefined) query.to = to;
  return query;
}
