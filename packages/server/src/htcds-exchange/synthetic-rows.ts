import {
  CAS_REASON_FOR_INCOMING_REFERRAL,
  CAS_REASON_FOR_OUTGOING_REFERRAL,
  CAS_STATUS,
  PRS_GENDER,
  PRS_HIGHEST_LEVEL_OF_EDUCATION,
  PRS_MARITAL_STATUS,
  VIC_EXPLOITATION_WEBSITES_AND_APPS,
  VIC_FORCED_LABOUR_INDUSTRY,
  VIC_METHOD_OF_RECRUITMENT,
  VIC_METHODS_OF_CONTROL,
  VIC_RECRUITMENT_WEBSITES_AND_APPS,
  VIC_RELATIONSHIP_TO_TRAFFICKER,
  VIC_TRAFFICKING_STATUS,
  VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG,
  VIC_TYPE_OF_EXPLOITATION,
  VIC_TYPE_OF_SEX_EXPLOITATION,
} from "@ariadne/domain";
import { DEMO_ORGANISATIONS, DEMO_USERS } from "../demo/demo-data.ts";
import type { HtcdsCaseRow } from "./case-row.ts";
import { isoDateOf } from "./field-values.ts";

// Invented people: common first names with surnames no family carries, so a row can never
// be mistaken for a real person.
const FIRST_NAMES = ["Ana", "Ilie", "Mira", "Tomas", "Adaeze", "Linh", "Oksana", "Bogdan", "Grace", "Duc"];
const SURNAMES = ["Testescu", "Fictivova", "Sampleby", "Exampleton", "Placeholdova", "Mockwell", "Dummitt"];
const SALUTATIONS = ["Ms", "Mr", "Mx"];
const TITLES = ["Seasonal worker", "Domestic worker", "Student", "Cook"];
const CITIES = ["Lanternburg", "Harbourville", "Fictown", "Sample-on-Sea"];
const STATES = ["North Province", "Coastal County"];
// The countries of the demo's scenario.
const COUNTRIES = ["RO", "MD", "UA", "NG", "VN", "AL", "BG", "PH", "GB", "FR"];
const CASE_WORKERS = ["Casey Caseworker (fictional)", "Robin Referrer (fictional)", "Sam Social (fictional)"];

/** mulberry32: a tiny, well-known seeded generator; the same seed gives the same rows everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` synthetic, valid case rows filling every case-row field, the same for the same
 * seed. Names are invented, e-mails use the reserved `.invalid` domain, telephone numbers
 * sit in Ofcom's ranges for drama (+44 7700 900xxx, +44 20 7946 0xxx), and lookups name the
 * demo organisations and users. For tests and the demo only.
 */
export function syntheticHtcdsRows(count: number, seed: number): HtcdsCaseRow[] {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)] as T;
  const some = <T>(values: readonly T[], most: number): T[] => {
    const chosen = new Set<T>();
    const wanted = int(1, most);
    while (chosen.size < wanted) chosen.add(pick(values));
    return [...chosen];
  };
  const date = (fromYear: number, toYear: number) =>
    isoDateOf(int(fromYear, toYear), int(1, 12), int(1, 28)) ?? `${fromYear}-01-01`;
  const organisations = DEMO_ORGANISATIONS.map((o) => o.org_Name);
  const owners = DEMO_USERS.map((u) => u.fullName);

  return Array.from({ length: count }, (_, index): HtcdsCaseRow => {
    const first = pick(FIRST_NAMES);
    const second = pick(SURNAMES);
    const birthYear = int(1965, 2007);
    const birthdate = isoDateOf(birthYear, int(1, 12), int(1, 28)) ?? `${birthYear}-01-01`;
    const incoming = date(2021, 2023);
    const referredOut = next() < 0.4;
    const closed = referredOut ? "ClosedReferred" : pick(CAS_STATUS.filter((s) => s !== "ClosedReferred"));
    const exploitation = some(VIC_TYPE_OF_EXPLOITATION, 2);
    const row: HtcdsCaseRow = {
      cas_CaseOwner: pick(owners),
      prs_Salutation: pick(SALUTATIONS),
      prs_FirstName: first,
      prs_SecondName: second,
      con_Consent: next() < 0.85,
      prs_Birthdate: birthdate,
      prs_Gender: pick(PRS_GENDER),
      prs_Citizenship: some(COUNTRIES, 2),
      prs_Title: pick(TITLES),
      prs_Email: `${first}.${second}.${index + 1}@example.invalid`.toLowerCase(),
      prs_HomePhone: `+44 20 7946 0${String(int(0, 999)).padStart(3, "0")}`,
      prs_MobilePhone: `+44 7700 900${String(int(0, 999)).padStart(3, "0")}`,
      prs_MailingCity: pick(CITIES),
      prs_MailingCountry: pick(COUNTRIES),
      prs_MailingState: pick(STATES),
      prs_MailingStreet: `${int(1, 99)} Imaginary Street`,
      prs_MailingPostalCode: `ZZ${int(10, 99)} 9ZZ`,
      vic_TraffickingStatus: pick(VIC_TRAFFICKING_STATUS),
      vic_TraffickingStatusDecisionMakingOrg: pick(VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG),
      vic_MethodOfRecruitment: some(VIC_METHOD_OF_RECRUITMENT, 2),
      vic_LocationOfRecruitment: pick(organisations),
      vic_MethodsOfControl: some(VIC_METHODS_OF_CONTROL, 3),
      vic_TypeOfExploitation: exploitation,
      vic_ForcedLabourIndustry: pick(VIC_FORCED_LABOUR_INDUSTRY),
      vic_TypeOfSexExploitation: some(VIC_TYPE_OF_SEX_EXPLOITATION, 2),
      vic_LocationOfExploitation: pick(organisations),
      cas_Status: closed,
      cas_ReferringOrganisation: pick(organisations),
      cas_IncomingReferralDate: incoming,
      cas_ReferringPrimaryCaseWorker: pick(CASE_WORKERS),
      cas_ReasonForIncomingReferral: pick(CAS_REASON_FOR_INCOMING_REFERRAL),
      cas_IncomingReferralDetails: `Synthetic case ${index + 1}: referred after outreach (fictional).`,
      prs_Deceased: false,
      prs_MaritalStatus: pick(PRS_MARITAL_STATUS),
      prs_NumberOfChildren: int(0, 4),
      prs_PrimaryLanguage: pick(["ron", "ukr", "vie", "eng", "yor"]),
      prs_SecondaryLanguage: "eng",
      prs_HighestLevelOfEducation: pick(PRS_HIGHEST_LEVEL_OF_EDUCATION),
      prs_IdentityNumber: `TEST-${String(seed)}-${String(index + 1).padStart(6, "0")}`,
      prs_MailingLongitude: Math.round((next() * 40 - 10) * 1e4) / 1e4,
      prs_MailingLatitude: Math.round((next() * 20 + 35) * 1e4) / 1e4,
      vic_RelationshipToTrafficker: pick(VIC_RELATIONSHIP_TO_TRAFFICKER),
      // Trafficked at most a year before the incoming referral, never before age 12.
      vic_AgeWhenTrafficked: Math.max(12, Number(incoming.slice(0, 4)) - birthYear - int(0, 1)),
      vic_RecruitmentWebsitesAndApps: some(VIC_RECRUITMENT_WEBSITES_AND_APPS, 2),
      vic_ExploitationWebsitesAndApps: some(VIC_EXPLOITATION_WEBSITES_AND_APPS, 2),
    };
    if (next() < 0.3) row.prs_MiddleName = pick(FIRST_NAMES);
    if (referredOut) {
      row.cas_ReferredOrganisation = pick(organisations);
      row.cas_ReferredPrimaryCaseWorker = pick(CASE_WORKERS);
      row.cas_ReasonForOutgoingReferral = pick(CAS_REASON_FOR_OUTGOING_REFERRAL);
      row.cas_OutgoingReferralDate = date(2024, 2024);
      row.cas_OutgoingReferralDetails = `Synthetic onward referral ${index + 1} (fictional).`;
    }
    if (closed === "Closed") row.cas_ReasonForCaseClosure = "Support plan completed (fictional).";
    return row;
  });
}
