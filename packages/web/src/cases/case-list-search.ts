import { CAS_STATUS, type CaseStatus } from "../api/protect-vocabulary.ts";
import type { CaseQuery } from "../api/types.ts";
import { pickOne } from "../forms/picklist.ts";

/** The case list's filters, kept in the address so that a filtered list can be linked to. */
export interface CaseListSearch {
  q?: string;
  status?: CaseStatus;
  stage?: string;
  mine?: true;
  referredToMe?: true;
  overdue?: true;
}

export type CaseListFlag = "mine" | "referredToMe" | "overdue";
export const CASE_LIST_FLAGS: readonly CaseListFlag[] = ["mine", "referredToMe", "overdue"];

const isOn = (value: unknown) => value === true || value === "true";

/** Validates search parameters that came from whoever wrote the link. */
export function validateCaseListSearch(search: Record<string, unknown>): CaseListSearch {
  const result: CaseListSearch = {};
  if (typeof search.q === "string" && search.q.trim() !== "") result.q = search.q.trim().slice(0, 200);
  const status = pickOne(CAS_STATUS, typeof search.status === "string" ? search.status : null);
  if (status !== null) result.status = status;
  if (typeof search.stage === "string" && /^[a-z][a-z0-9_]{1,39}$/.test(search.stage))
    result.stage = search.stage;
  for (const flag of CASE_LIST_FLAGS) if (isOn(search[flag])) result[flag] = true;
  return result;
}

/** The API query for the filters. */
export function toCaseQuery(search: CaseListSearch): CaseQuery {
  return {
    ...(search.q === undefined ? {} : { q: search.q }),
    ...(search.status === undefined ? {} : { status: search.status }),
    ...(search.stage === undefined ? {} : { stage: search.stage }),
    ...(search.mine === true ? { mine: "true" } : {}),
    ...(search.referredToMe === true ? { referredToMe: "true" } : {}),
    ...(search.overdue === true ? { overdue: "true" } : {}),
  };
}
