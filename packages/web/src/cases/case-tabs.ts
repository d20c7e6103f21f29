import type { CasePart } from "../api/protect-vocabulary.ts";
import type { Case, SessionView } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";

export const CASE_TABS = [
  "person",
  "victim",
  "events",
  "support",
  "referrals",
  "consent",
  "tasks",
  "justice",
  "people",
  "comments",
  "history",
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export function isCaseTab(value: unknown): value is CaseTab {
  return CASE_TABS.some((tab) => tab === value);
}

/** The part of a case each tab shows; tabs without one belong to the holding organisation. */
const TAB_PARTS: Record<CaseTab, readonly CasePart[] | "holder"> = {
  person: ["identity", "contact"],
  victim: ["victim"],
  events: ["events"],
  support: ["support"],
  referrals: "holder",
  consent: ["consent"],
  tasks: ["tasks"],
  justice: ["justice"],
  people: ["people"],
  comments: ["comments"],
  history: "holder",
};

/**
 * The tabs a reader sees: a reader with a referral's grant sees the tabs of the parts shared
 * with their organisation and nothing else; referrals and the history stay with the holder.
 */
export function visibleCaseTabs(caseView: Pick<Case, "parts" | "via">, session: SessionView): CaseTab[] {
  const holder = caseView.via === "scope";
  return CASE_TABS.filter((tab) => {
    const needs = TAB_PARTS[tab];
    if (needs === "holder")
      return holder && (tab !== "referrals" || hasPermission(session, "referral.create"));
    return needs.some((part) => caseView.parts.includes(part));
  });
}

/** Whether the session may change the case: its own organisation's case and the write permission. */
export function canWriteCase(caseView: Pick<Case, "via">, session: SessionView): boolean {
  return caseView.via === "scope" && hasPermission(session, "case.write");
}
