/**
 * The HTCDS 2.0 `vic_` picklists an indicator may map to, with their exact value names
 * (copied from `shared/reference/htcds/htcds-2.0-fields.json`). `vic_Vulnerabilities` is left
 * out on purpose: HTCDS 2.0 deprecates it in favour of its assessment sections.
 */
export const HTCDS_VICTIM_PICKLISTS = {
  vic_MethodsOfControl: [
    "PhysicalThreats",
    "ThreatsLawEnforcement",
    "ThreatensChildrenFamily",
    "DebtBondage",
    "FalsePromises",
    "PhysicalAbuse",
    "SexualAbuse",
    "TakesEarnings",
    "RestrictsFinancialAccess",
    "RestrictsMedicalCare",
    "WithholdsNecessities",
    "PsychologicalAbuse",
    "PsychoactiveSubstance",
    "ExcessiveWorkingHours",
    "WithholdsDocuments",
    "Other",
  ],
  vic_TypeOfExploitation: [
    "ForcedLabour",
    "SexualExploitation",
    "ChildLabour",
    "ForcedMarriage",
    "Servitude",
    "ForcedMilitaryByNonStateActors",
    "OrganRemoval",
    "ForcedBegging",
    "ForcedAdoption",
    "Surrogacy",
    "Other",
  ],
  vic_MethodOfRecruitment: [
    "AtAPlaceOfBusiness",
    "AtAnEducationalInstitution",
    "AtWork",
    "ThroughOnlineSocialNetworks",
    "ThroughAnOnlineAdvertisement",
    "ThroughATelevisionAdvert",
    "ThroughANewspaperAdvert",
    "ThroughFamilyOrFamilyEvents",
    "ThroughFriendsOrSocialEvents",
    "Other",
  ],
  vic_TypeOfSexExploitation: [
    "Prostitution",
    "Pornography",
    "RemoteInteractiveServices",
    "PrivateSexualServices",
  ],
} as const satisfies Record<string, readonly string[]>;

export type HtcdsVictimField = keyof typeof HTCDS_VICTIM_PICKLISTS;
export const HTCDS_VICTIM_FIELDS: readonly HtcdsVictimField[] = [
  "vic_MethodsOfControl",
  "vic_TypeOfExploitation",
  "vic_MethodOfRecruitment",
  "vic_TypeOfSexExploitation",
];

/** Whether `field` is one of the HTCDS picklists an indicator may map to. */
export function isHtcdsVictimField(field: string): field is HtcdsVictimField {
  return Object.hasOwn(HTCDS_VICTIM_PICKLISTS, field);
}

/** Whether `value` is a value of the HTCDS picklist `field`. */
export function isHtcdsVictimValue(field: string, value: string): boolean {
  if (!isHtcdsVictimField(field)) return false;
  const values: readonly string[] = HTCDS_VICTIM_PICKLISTS[field];
  return values.includes(value);
}
