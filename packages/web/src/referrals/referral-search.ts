import { REFERRAL_STATUSES, type ReferralStatus } from "../api/protect-vocabulary.ts";
import { pickOne } from "../forms/picklist.ts";

export type ReferralBox = "incoming" | "outgoing";

/** The inbox's box and status filter, kept in the address. `all` shows every status. */
export interface ReferralSearch {
  box?: ReferralBox;
  status?: ReferralStatus | "all";
}

export function validateReferralSearch(search: Record<string, unknown>): ReferralSearch {
  const result: ReferralSearch = {};
  if (search.box === "incoming" || search.box === "outgoing") result.box = search.box;
  if (search.status === "all") result.status = "all";
  else {
    const status = pickOne(REFERRAL_STATUSES, typeof search.status === "string" ? search.status : null);
    if (status !== null) result.status = status;
  }
  return result;
}
