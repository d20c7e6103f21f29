import {
  HTCDS_FIELDS,
  type CaseRecord,
  type ConsentRecord,
  type HtcdsField,
  type HtcdsPrefix,
  type PersonRecord,
  type VictimContextRecord,
} from "@ariadne/domain";

type AnyHtcdsField = (typeof HTCDS_FIELDS)[number];
type RowPrefix = "prs_" | "vic_" | "cas_" | "con_";
type LiveFieldOf<P extends HtcdsPrefix> = Extract<AnyHtcdsField, { prefix: P; deprecated: false }>["key"];

/** An HTCDS field that a case row can hold: every non-deprecated `prs_`, `vic_`, `cas_` and `con_` field. */
export type HtcdsCaseRowField = LiveFieldOf<RowPrefix>;

/** A lookup field: the file holds a display name, the server resolves it to a record. */
export type HtcdsLookupField = Extract<AnyHtcdsField, { type: `Lookup ${string}` }>["key"] &
  HtcdsCaseRowField;

/** What a lookup field points at. */
export type HtcdsLookupTarget = "user" | "organisation" | "person";

type Present<R, K extends keyof R> = { [P in K]?: NonNullable<R[P]> };

/**
 * One case as a flat row: a person, their victim context, the case and the consent. Values
 * are typed as the domain's records type them (ISO `YYYY-MM-DD` dates, booleans, arrays for
 * multi-selects, picklist names), except lookups, which hold the display name found in the
 * file. An absent key means an empty cell.
 */
export type HtcdsCaseRow = Present<PersonRecord, LiveFieldOf<"prs_">> &
  Present<VictimContextRecord, Exclude<LiveFieldOf<"vic_">, HtcdsLookupField>> &
  Present<CaseRecord, Exclude<LiveFieldOf<"cas_">, HtcdsLookupField>> &
  Present<ConsentRecord, LiveFieldOf<"con_">> & { [P in HtcdsLookupField]?: string };

/** The columns of IOM's "HTCDS Excel Spreadsheet v2.0" template, in its order (keys spelt correctly). */
export const IOM_TEMPLATE_FIELDS = [
  "cas_CaseOwner",
  "prs_Salutation",
  "prs_FirstName",
  "prs_SecondName",
  "con_Consent",
  "prs_Birthdate",
  "prs_Gender",
  "prs_Citizenship",
  "prs_Title",
  "prs_Email",
  "prs_HomePhone",
  "prs_MobilePhone",
  "prs_MailingCity",
  "prs_MailingCountry",
  "prs_MailingState",
  "prs_MailingStreet",
  "prs_MailingPostalCode",
  "vic_TraffickingStatus",
  "vic_TraffickingStatusDecisionMakingOrg",
  "vic_MethodOfRecruitment",
  "vic_LocationOfRecruitment",
  "vic_MethodsOfControl",
  "vic_TypeOfExploitation",
  "vic_ForcedLabourIndustry",
  "vic_TypeOfSexExploitation",
  "vic_LocationOfExploitation",
  "cas_Status",
  "cas_ReferringOrganisation",
  "cas_IncomingReferralDate",
  "cas_ReferringPrimaryCaseWorker",
  "cas_ReasonForIncomingReferral",
  "cas_IncomingReferralDetails",
  "cas_ReferredOrganisation",
  "cas_ReferredPrimaryCaseWorker",
  "cas_ReasonForOutgoingReferral",
  "cas_OutgoingReferralDate",
  "cas_OutgoingReferralDetails",
  "cas_ReasonForCaseClosure",
] as const satisfies readonly HtcdsCaseRowField[];

const ROW_PREFIXES: ReadonlySet<HtcdsPrefix> = new Set<HtcdsPrefix>(["prs_", "vic_", "cas_", "con_"]);

/** The HTCDS definition of every case-row field, by key. */
export const CASE_ROW_FIELD_DEFINITIONS: ReadonlyMap<HtcdsCaseRowField, HtcdsField> = new Map(
  HTCDS_FIELDS.filter((f) => ROW_PREFIXES.has(f.prefix) && !f.deprecated).map(
    (f) => [f.key as HtcdsCaseRowField, f as HtcdsField] as const,
  ),
);

const templateSet: ReadonlySet<string> = new Set(IOM_TEMPLATE_FIELDS);

/**
 * Every case-row field in the order files use: the IOM template's columns first, then the
 * other fields in the standard's order.
 */
export const HTCDS_CASE_ROW_FIELDS: readonly HtcdsCaseRowField[] = [
  ...IOM_TEMPLATE_FIELDS,
  ...[...CASE_ROW_FIELD_DEFINITIONS.keys()].filter((key) => !templateSet.has(key)),
];

/** Whether an HTCDS key is a case-row field. */
export function isHtcdsCaseRowField(key: string): key is HtcdsCaseRowField {
  return CASE_ROW_FIELD_DEFINITIONS.has(key as HtcdsCaseRowField);
}

/** The HTCDS definition of a case-row field. */
export function caseRowField(key: HtcdsCaseRowField): HtcdsField {
  const field = CASE_ROW_FIELD_DEFINITIONS.get(key);
  // Every HtcdsCaseRowField comes from HTCDS_FIELDS, so a miss is a bug.
  if (field === undefined) throw new Error(`not a case-row field: ${key}`);
  return field;
}

/** What each lookup field points at, for the server's name resolution. */
export const HTCDS_LOOKUP_TARGETS: Readonly<Record<HtcdsLookupField, HtcdsLookupTarget>> = {
  cas_CaseOwner: "user",
  cas_ReferringOrganisation: "organisation",
  cas_ReferredOrganisation: "organisation",
  vic_LocationOfRecruitment: "organisation",
  vic_LocationOfExploitation: "organisation",
  cas_ReferringPrimaryCaseWorker: "person",
  cas_ReferredPrimaryCaseWorker: "person",
};

/** Misspelt keys found in IOM's own template, accepted as the field they mean. */
export const HTCDS_KEY_ALIASES: Readonly<Record<string, HtcdsCaseRowField>> = {
  vic_TraffickinStatusDecisionMakingOrg: "vic_TraffickingStatusDecisionMakingOrg",
};

const byLowerKey = new Map<string, HtcdsCaseRowField>(
  [...CASE_ROW_FIELD_DEFINITIONS.keys()].map((key) => [key.toLowerCase(), key]),
);
for (const [alias, key] of Object.entries(HTCDS_KEY_ALIASES)) byLowerKey.set(alias.toLowerCase(), key);

const otherFields = new Map<string, HtcdsField>(
  HTCDS_FIELDS.filter((f) => !isHtcdsCaseRowField(f.key)).map((f) => [f.key.toLowerCase(), f]),
);

/** Result of matching a header cell to a field. */
export type HeaderMatch =
  { ok: true; field: HtcdsCaseRowField } | { ok: false; reason: "deprecated" | "other_table" | "unknown" };

/** Matches an HTCDS key (case-insensitive, known misspellings accepted). */
export function matchFieldKey(header: string): HeaderMatch {
  const lower = header.trim().toLowerCase();
  const field = byLowerKey.get(lower);
  if (field !== undefined) return { ok: true, field };
  const other = otherFields.get(lower);
  if (other === undefined) return { ok: false, reason: "unknown" };
  return { ok: false, reason: other.deprecated ? "deprecated" : "other_table" };
}

const normaliseLabel = (label: string) => label.trim().replace(/\s+/g, " ").toLowerCase();

const fieldsByLabel = new Map<string, HtcdsCaseRowField[]>();
for (const [key, field] of CASE_ROW_FIELD_DEFINITIONS) {
  const label = normaliseLabel(field.label);
  fieldsByLabel.set(label, [...(fieldsByLabel.get(label) ?? []), key]);
}
const allLabels: ReadonlySet<string> = new Set(HTCDS_FIELDS.map((f) => normaliseLabel(f.label)));

/** Matches a column label to the one case-row field that carries it, if exactly one does. */
export function matchFieldLabel(label: string): HtcdsCaseRowField | undefined {
  const matches = fieldsByLabel.get(normaliseLabel(label));
  return matches?.length === 1 ? matches[0] : undefined;
}

/** Whether text is the label of some HTCDS field (used to recognise the template's label row). */
export function isHtcdsLabel(text: string): boolean {
  return allLabels.has(normaliseLabel(text));
}
