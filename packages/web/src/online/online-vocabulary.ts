/**
 * Disrupt's closed vocabularies, as the UI needs them at run time (pickers, badges). The types
 * are checked against the generated contract at the end of this file.
 */
import type { QueryParams, Schemas } from "../api/contract.ts";

export const NETWORK_STATUSES = ["new", "escalated", "monitoring", "dismissed"] as const;
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];

/** What an analyst decides, and the status each decision gives. */
export const DECISIONS = ["escalate", "monitor", "dismiss"] as const;
export type Decision = (typeof DECISIONS)[number];
export const STATUS_OF_DECISION: Record<Decision, NetworkStatus> = {
  escalate: "escalated",
  monitor: "monitoring",
  dismiss: "dismissed",
};

/** The kinds of indicator a network can be filtered by ("both" means either, so it is not a filter). */
export const CATEGORY_FILTERS = ["sexual", "labour"] as const;
export type CategoryFilter = (typeof CATEGORY_FILTERS)[number];
export type IndicatorCategory = Schemas["NetworkSummary"]["categories"][number];

export const IDENTIFIER_KINDS = ["phone", "email", "handle", "url"] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const UPLOAD_FORMATS = ["jsonl", "csv"] as const;
export type UploadFormat = (typeof UPLOAD_FORMATS)[number];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

// A server change to one of these vocabularies fails compilation here, not at run time.
type _OnlineVocabulariesFollowTheContract = [
  Assert<Same<NetworkStatus, Schemas["NetworkSummary"]["status"]>>,
  Assert<Same<Decision, Schemas["NetworkDecision"]["decision"]>>,
  Assert<Same<CategoryFilter, NonNullable<QueryParams<"/api/online/networks">["category"]>>>,
  Assert<Same<IdentifierKind, Schemas["Network"]["identifiers"][number]["kind"]>>,
  Assert<Same<UploadFormat, QueryParams<"/api/online/batches/upload", "post">["format"]>>,
];
