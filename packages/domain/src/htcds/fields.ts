/**
 * The HTCDS 2.0 field list as data: every keyed field of IOM's Human Trafficking Case Data
 * Standard with its table prefix, label, type, core and deprecated flags and picklist values.
 *
 * HTCDS © IOM, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Source:
 * UNMigration/HTCDS, "HTCDS Field Standards 2.0.ods", values unchanged. IOM does not endorse
 * Ariadne.
 *
 * Generated once from `htcds-2.0-fields.json` and committed; edit by hand from here on.
 * Left out on purpose: the nine "EXAMPLE QUESTION" rows (prefix `N/A`, no key) and one `per_`
 * row named "Organisation" that has no key, type or label in the standard.
 */

/** An HTCDS table prefix. */
export type HtcdsPrefix = "org_" | "prs_" | "vic_" | "per_" | "cas_" | "cco_" | "hte_" | "spl_" | "con_";

/** Every HTCDS table prefix, in the standard's order. */
export const HTCDS_PREFIXES = [
  "org_",
  "prs_",
  "vic_",
  "per_",
  "cas_",
  "cco_",
  "hte_",
  "spl_",
  "con_",
] as const satisfies readonly HtcdsPrefix[];

/** An HTCDS field type, spelled as in the standard. */
export type HtcdsFieldType =
  | "Text"
  | "Long Text"
  | "Number"
  | "Date"
  | "Checkbox"
  | "Picklist"
  | "Multiselect Picklist"
  | "Picklist or Text"
  | "Geolocation"
  | "Lookup [to organisation]"
  | "Lookup [to person]"
  | "Lookup [to user]";

/** One picklist value: the stored `name` and the display `label`. */
export interface HtcdsPicklistValue {
  readonly name: string;
  readonly label: string;
}

/** One HTCDS field. `valuesNote` names an external code list (ISO 639, ISO 3166) where given. */
export interface HtcdsField {
  readonly key: string;
  readonly prefix: HtcdsPrefix;
  readonly label: string;
  readonly type: HtcdsFieldType;
  readonly core: boolean;
  readonly deprecated: boolean;
  readonly values: readonly HtcdsPicklistValue[];
  readonly valuesNote?: string;
}

function labelled<T extends string>(
  names: readonly T[],
  labels: Record<T, string>,
): readonly HtcdsPicklistValue[] {
  return names.map((name) => ({ name, label: labels[name] }));
}

/** HTCDS `org_Type` picklist (Type). */
export const ORG_TYPE = [
  "NGO",
  "LawEnforcement",
  "HealthServiceOrganisation",
  "CentralGovernmentOrganisation",
  "LocalGovernmentOrganisation",
  "ImmigrationService",
  "LegalService",
  "CorporateBusiness",
  "SchoolOrCollege",
] as const;
export type OrgType = (typeof ORG_TYPE)[number];
/** Display labels of ORG_TYPE. */
export const ORG_TYPE_LABELS: Readonly<Record<OrgType, string>> = {
  NGO: "NGO",
  LawEnforcement: "Law Enforcement",
  HealthServiceOrganisation: "Health Service Organisation",
  CentralGovernmentOrganisation: "Central Government Organisation",
  LocalGovernmentOrganisation: "Local Government Organisation",
  ImmigrationService: "Immigration Service",
  LegalService: "Legal Service",
  CorporateBusiness: "Corporate Business",
  SchoolOrCollege: "School or College",
};

/** HTCDS `prs_Gender` picklist (Gender). */
export const PRS_GENDER = [
  "Feminine",
  "Masculine",
  "TransgenderFeminine",
  "TransgenderMasculine",
  "NonConforming",
  "NonSpecifiedUnknown",
] as const;
export type PrsGender = (typeof PRS_GENDER)[number];
/** Display labels of PRS_GENDER. */
export const PRS_GENDER_LABELS: Readonly<Record<PrsGender, string>> = {
  Feminine: "Feminine",
  Masculine: "Masculine",
  TransgenderFeminine: "Transgender Feminine",
  TransgenderMasculine: "Transgender Masculine",
  NonConforming: "Non-Conforming",
  NonSpecifiedUnknown: "Not Specified/Unknown",
};

/** HTCDS `prs_MaritalStatus` picklist (Marital Status). */
export const PRS_MARITAL_STATUS = [
  "Single",
  "Married",
  "Widowed",
  "Divorced",
  "Separated",
  "RegisteredPartnership",
] as const;
export type PrsMaritalStatus = (typeof PRS_MARITAL_STATUS)[number];
/** Display labels of PRS_MARITAL_STATUS. */
export const PRS_MARITAL_STATUS_LABELS: Readonly<Record<PrsMaritalStatus, string>> = {
  Single: "Single",
  Married: "Married",
  Widowed: "Widowed",
  Divorced: "Divorced",
  Separated: "Separated",
  RegisteredPartnership: "Registered Partnership",
};

/** HTCDS `prs_HighestLevelOfEducation` picklist (Highest Level of Education). */
export const PRS_HIGHEST_LEVEL_OF_EDUCATION = [
  "EarlyChildhoodEducation",
  "PrimaryEducation",
  "LowerSecondaryEducation",
  "UpperSecondaryEducation",
  "PostSecondaryNonTertiaryEducation",
  "ShortCycleTertiaryEducation",
  "BachelorsOrEquivalentLevel",
  "MastersOrEquivalentLevel",
  "DoctoralOrEquivalentLevel",
] as const;
export type PrsHighestLevelOfEducation = (typeof PRS_HIGHEST_LEVEL_OF_EDUCATION)[number];
/** Display labels of PRS_HIGHEST_LEVEL_OF_EDUCATION. */
export const PRS_HIGHEST_LEVEL_OF_EDUCATION_LABELS: Readonly<Record<PrsHighestLevelOfEducation, string>> = {
  EarlyChildhoodEducation: "Early Childhood Education",
  PrimaryEducation: "Primary Education",
  LowerSecondaryEducation: "Lower Secondary Education",
  UpperSecondaryEducation: "Upper Secondary Education",
  PostSecondaryNonTertiaryEducation: "Post-secondary Non-tertiary Education",
  ShortCycleTertiaryEducation: "Short-cycle Tertiary Education",
  BachelorsOrEquivalentLevel: "Bachelor\u2019s or Equivalent Level",
  MastersOrEquivalentLevel: "Master\u2019s or Equivalent Level",
  DoctoralOrEquivalentLevel: "Doctoral or Equivalent Level",
};

/** HTCDS `vic_TraffickingStatus` picklist (Trafficking Status). */
export const VIC_TRAFFICKING_STATUS = [
  "PossibleVictimOfTrafficking",
  "ActualVictimOfTrafficking",
  "NotAVictimOfTrafficking",
] as const;
export type VicTraffickingStatus = (typeof VIC_TRAFFICKING_STATUS)[number];
/** Display labels of VIC_TRAFFICKING_STATUS. */
export const VIC_TRAFFICKING_STATUS_LABELS: Readonly<Record<VicTraffickingStatus, string>> = {
  PossibleVictimOfTrafficking: "Possible victim of trafficking",
  ActualVictimOfTrafficking: "Actual victim of trafficking",
  NotAVictimOfTrafficking: "Not a victim of trafficking",
};

/** HTCDS `vic_TraffickingStatusDecisionMakingOrg` picklist (Trafficking Status Decision Making Organization). */
export const VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG = [
  "Police",
  "NGO",
  "CourtOrProsecution",
  "NonPoliceGovernmentalOrganization",
  "Other",
] as const;
export type VicTraffickingStatusDecisionMakingOrg =
  (typeof VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG)[number];
/** Display labels of VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG. */
export const VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG_LABELS: Readonly<
  Record<VicTraffickingStatusDecisionMakingOrg, string>
> = {
  Police: "Police",
  NGO: "NGO",
  CourtOrProsecution: "Court or prosecution",
  NonPoliceGovernmentalOrganization: "Non-police governmental organization",
  Other: "Other",
};

/** HTCDS `vic_RelationshipToTrafficker` picklist (Relationship to Trafficker). */
export const VIC_RELATIONSHIP_TO_TRAFFICKER = ["Familial", "Acquainted", "Unaquainted"] as const;
export type VicRelationshipToTrafficker = (typeof VIC_RELATIONSHIP_TO_TRAFFICKER)[number];
/** Display labels of VIC_RELATIONSHIP_TO_TRAFFICKER. */
export const VIC_RELATIONSHIP_TO_TRAFFICKER_LABELS: Readonly<Record<VicRelationshipToTrafficker, string>> = {
  Familial: "Familial",
  Acquainted: "Acquainted",
  Unaquainted: "Unaquainted",
};

/** HTCDS `vic_RecruitmentWebsitesAndApps` picklist (Recruitment Websites and Apps). */
export const VIC_RECRUITMENT_WEBSITES_AND_APPS = [
  "Facebook",
  "Instagram",
  "WhatsApp",
  "Telegram",
  "FacebookMessenger",
  "Viber",
  "SnapChat",
  "Line",
  "4Sale",
  "WeChat",
  "QQ",
  "QZone",
  "TikTok",
  "Twitter",
  "Other",
] as const;
export type VicRecruitmentWebsitesAndApps = (typeof VIC_RECRUITMENT_WEBSITES_AND_APPS)[number];
/** Display labels of VIC_RECRUITMENT_WEBSITES_AND_APPS. */
export const VIC_RECRUITMENT_WEBSITES_AND_APPS_LABELS: Readonly<
  Record<VicRecruitmentWebsitesAndApps, string>
> = {
  Facebook: "Facebook",
  Instagram: "Instagram",
  WhatsApp: "WhatsApp",
  Telegram: "Telegram",
  FacebookMessenger: "Facebook Messenger",
  Viber: "Viber",
  SnapChat: "SnapChat",
  Line: "Line",
  "4Sale": "4Sale",
  WeChat: "WeChat",
  QQ: "QQ",
  QZone: "QZone",
  TikTok: "TikTok",
  Twitter: "Twitter",
  Other: "Other",
};

/** HTCDS `vic_MethodOfRecruitment` picklist (Method of Recruitment). */
export const VIC_METHOD_OF_RECRUITMENT = [
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
] as const;
export type VicMethodOfRecruitment = (typeof VIC_METHOD_OF_RECRUITMENT)[number];
/** Display labels of VIC_METHOD_OF_RECRUITMENT. */
export const VIC_METHOD_OF_RECRUITMENT_LABELS: Readonly<Record<VicMethodOfRecruitment, string>> = {
  AtAPlaceOfBusiness: "At a place of business",
  AtAnEducationalInstitution: "At an educational institution",
  AtWork: "At work",
  ThroughOnlineSocialNetworks: "Through online social networks",
  ThroughAnOnlineAdvertisement: "Through an online advertisement",
  ThroughATelevisionAdvert: "Through a television advert",
  ThroughANewspaperAdvert: "Through a newspaper advert",
  ThroughFamilyOrFamilyEvents: "Through family or family events",
  ThroughFriendsOrSocialEvents: "Through friends or social events",
  Other: "Other",
};

/** HTCDS `vic_MethodsOfControl` picklist (Methods of Control). */
export const VIC_METHODS_OF_CONTROL = [
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
] as const;
export type VicMethodsOfControl = (typeof VIC_METHODS_OF_CONTROL)[number];
/** Display labels of VIC_METHODS_OF_CONTROL. */
export const VIC_METHODS_OF_CONTROL_LABELS: Readonly<Record<VicMethodsOfControl, string>> = {
  PhysicalThreats: "Physical threats",
  ThreatsLawEnforcement: "Threats of law enforcement",
  ThreatensChildrenFamily: "Threatens children/family",
  DebtBondage: "Debt bondage",
  FalsePromises: "False promises",
  PhysicalAbuse: "Physical abuse",
  SexualAbuse: "Sexual abuse",
  TakesEarnings: "Takes earnings",
  RestrictsFinancialAccess: "Restricts financial access",
  RestrictsMedicalCare: "Restricts medical care",
  WithholdsNecessities: "Withholds necessities",
  PsychologicalAbuse: "Psychological abuse",
  PsychoactiveSubstance: "Psychoactive substance",
  ExcessiveWorkingHours: "Excessive working hours",
  WithholdsDocuments: "Withholds documents",
  Other: "Other",
};

/** HTCDS `vic_TypeOfExploitation` picklist (Type of Exploitation). */
export const VIC_TYPE_OF_EXPLOITATION = [
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
] as const;
export type VicTypeOfExploitation = (typeof VIC_TYPE_OF_EXPLOITATION)[number];
/** Display labels of VIC_TYPE_OF_EXPLOITATION. */
export const VIC_TYPE_OF_EXPLOITATION_LABELS: Readonly<Record<VicTypeOfExploitation, string>> = {
  ForcedLabour: "Forced labour",
  SexualExploitation: "Sexual exploitation",
  ChildLabour: "Child labour",
  ForcedMarriage: "Forced marriage",
  Servitude: "Servitude",
  ForcedMilitaryByNonStateActors: "Forced military (by non-state actors)",
  OrganRemoval: "Organ removal",
  ForcedBegging: "Forced begging",
  ForcedAdoption: "Forced adoption",
  Surrogacy: "Surrogacy",
  Other: "Other",
};

/** HTCDS `vic_ForcedLabourIndustry` picklist (Forced Labour Industry). */
export const VIC_FORCED_LABOUR_INDUSTRY = [
  "A_AgricultureForestryAndFishing",
  "B_MiningAndQuarrying",
  "C_Manufacturing",
  "D_ElectricityGasSteamAndAirConditioningSupply",
  "E_WaterSupplySewerageWasteManagement",
  "F_Construction",
  "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
  "H_TransportationAndStorage",
  "I_AccommodationAndFoodServiceActivities",
  "J_InformationAndCommunication",
  "K_FinancialAndInsuranceActivities",
  "L_RealEstateActivities",
  "M_ProfessionalScientificAndTechnicalActivities",
  "N_AdministrativeAndSupportServiceActivities",
  "O_PublicAdministrationAndDefence",
  "P_Education",
  "Q_HumanHealthAndSocialWorkActivities",
  "R_ArtsEntertainmentAndRecreation",
  "S_OtherServiceActivities",
  "T_ActivitiesOfHouseholdsAsEmployers",
  "U_ActivitiesOfExtraterritorialOrganizations",
] as const;
export type VicForcedLabourIndustry = (typeof VIC_FORCED_LABOUR_INDUSTRY)[number];
/** Display labels of VIC_FORCED_LABOUR_INDUSTRY. */
export const VIC_FORCED_LABOUR_INDUSTRY_LABELS: Readonly<Record<VicForcedLabourIndustry, string>> = {
  A_AgricultureForestryAndFishing: "Agriculture, forestry and fishing",
  B_MiningAndQuarrying: "Mining and quarrying",
  C_Manufacturing: "Manufacturing",
  D_ElectricityGasSteamAndAirConditioningSupply: "Electricity, gas, steam and air conditioning supply",
  E_WaterSupplySewerageWasteManagement: "Water supply; sewerage, waste management and remediation",
  F_Construction: "Construction",
  G_WholesaleAndRetailTradeRepairOfMotorVehicles:
    "Wholesale and retail trade; repair of motor vehicles and motorcycles",
  H_TransportationAndStorage: "Transportation and storage",
  I_AccommodationAndFoodServiceActivities: "Accommodation and food service activities",
  J_InformationAndCommunication: "Information and communication",
  K_FinancialAndInsuranceActivities: "Financial and insurance activities",
  L_RealEstateActivities: "Real estate activities",
  M_ProfessionalScientificAndTechnicalActivities: "Professional, scientific and technical activities",
  N_AdministrativeAndSupportServiceActivities: "Administrative and support service activities",
  O_PublicAdministrationAndDefence: "Public administration and defence; compulsory social security",
  P_Education: "Education",
  Q_HumanHealthAndSocialWorkActivities: "Human health and social work activities",
  R_ArtsEntertainmentAndRecreation: "Arts, entertainment and recreation",
  S_OtherServiceActivities: "Other service activities",
  T_ActivitiesOfHouseholdsAsEmployers:
    "Activities of households as employers; undifferentiated goods- and services- producing activities of households for own use",
  U_ActivitiesOfExtraterritorialOrganizations: "Activities of extraterritorial organizations and bodies",
};

/** HTCDS `vic_TypeOfSexExploitation` picklist (Type of Sex Exploitation). */
export const VIC_TYPE_OF_SEX_EXPLOITATION = [
  "Prostitution",
  "Pornography",
  "RemoteInteractiveServices",
  "PrivateSexualServices",
] as const;
export type VicTypeOfSexExploitation = (typeof VIC_TYPE_OF_SEX_EXPLOITATION)[number];
/** Display labels of VIC_TYPE_OF_SEX_EXPLOITATION. */
export const VIC_TYPE_OF_SEX_EXPLOITATION_LABELS: Readonly<Record<VicTypeOfSexExploitation, string>> = {
  Prostitution: "Prostitution",
  Pornography: "Pornography",
  RemoteInteractiveServices: "Remote Interactive Services",
  PrivateSexualServices: "Private Sexual Services",
};

/** HTCDS `vic_ExploitationWebsitesAndApps` picklist (Exploitation Websites and Apps). */
export const VIC_EXPLOITATION_WEBSITES_AND_APPS = [
  "Facebook",
  "Instagram",
  "WhatsApp",
  "Telegram",
  "FacebookMessenger",
  "Viber",
  "SnapChat",
  "Line",
  "4Sale",
  "WeChat",
  "QQ",
  "QZone",
  "TikTok",
  "Twitter",
  "Other",
] as const;
export type VicExploitationWebsitesAndApps = (typeof VIC_EXPLOITATION_WEBSITES_AND_APPS)[number];
/** Display labels of VIC_EXPLOITATION_WEBSITES_AND_APPS. */
export const VIC_EXPLOITATION_WEBSITES_AND_APPS_LABELS: Readonly<
  Record<VicExploitationWebsitesAndApps, string>
> = {
  Facebook: "Facebook",
  Instagram: "Instagram",
  WhatsApp: "WhatsApp",
  Telegram: "Telegram",
  FacebookMessenger: "Facebook Messenger",
  Viber: "Viber",
  SnapChat: "SnapChat",
  Line: "Line",
  "4Sale": "4Sale",
  WeChat: "WeChat",
  QQ: "QQ",
  QZone: "QZone",
  TikTok: "TikTok",
  Twitter: "Twitter",
  Other: "Other",
};

/** HTCDS `per_RoleInProcess` picklist (Role in Process). */
export const PER_ROLE_IN_PROCESS = [
  "TravellingPartner",
  "Transporter",
  "RecruiterOrIntermediary",
  "BrokerTravelAgent",
  "TransferredIndividual",
  "HarbouredIndividual",
  "SoldIndividual",
  "BoughtIndividual",
  "ReceivedIndividual",
  "ControlledIndividual",
  "Smuggler",
  "Abuser",
  "Kidnapper",
  "Exploiter",
  "Other",
] as const;
export type PerRoleInProcess = (typeof PER_ROLE_IN_PROCESS)[number];
/** Display labels of PER_ROLE_IN_PROCESS. */
export const PER_ROLE_IN_PROCESS_LABELS: Readonly<Record<PerRoleInProcess, string>> = {
  TravellingPartner: "Travelling Partner",
  Transporter: "Transporter",
  RecruiterOrIntermediary: "Recruiter Or Intermediary",
  BrokerTravelAgent: "Broker Travel Agent",
  TransferredIndividual: "Transferred Individual",
  HarbouredIndividual: "Harboured Individual",
  SoldIndividual: "Sold Individual",
  BoughtIndividual: "Bought Individual",
  ReceivedIndividual: "Received Individual",
  ControlledIndividual: "Controlled Individual",
  Smuggler: "Smuggler",
  Abuser: "Abuser",
  Kidnapper: "Kidnapper",
  Exploiter: "Exploiter",
  Other: "Other",
};

/** HTCDS `cas_Status` picklist (Status). */
export const CAS_STATUS = ["Active", "FollowUp", "Closed", "ClosedReferred"] as const;
export type CasStatus = (typeof CAS_STATUS)[number];
/** Display labels of CAS_STATUS. */
export const CAS_STATUS_LABELS: Readonly<Record<CasStatus, string>> = {
  Active: "Active",
  FollowUp: "Follow Up",
  Closed: "Closed",
  ClosedReferred: "Closed Referred",
};

/** HTCDS `cas_ReasonForIncomingReferral` picklist (Reason for Incoming Referral). */
export const CAS_REASON_FOR_INCOMING_REFERRAL = [
  "AdditionalServicesRequired",
  "MigrationOrChangeOfLocation",
  "Other",
] as const;
export type CasReasonForIncomingReferral = (typeof CAS_REASON_FOR_INCOMING_REFERRAL)[number];
/** Display labels of CAS_REASON_FOR_INCOMING_REFERRAL. */
export const CAS_REASON_FOR_INCOMING_REFERRAL_LABELS: Readonly<Record<CasReasonForIncomingReferral, string>> =
  {
    AdditionalServicesRequired: "Additional Services Required",
    MigrationOrChangeOfLocation: "Migration or Change of Location",
    Other: "Other",
  };

/** HTCDS `cas_ReasonForOutgoingReferral` picklist (Reason for Outgoing Referral). */
export const CAS_REASON_FOR_OUTGOING_REFERRAL = [
  "AdditionalServicesRequired",
  "MigrationOrChangeOfLocation",
  "Other",
] as const;
export type CasReasonForOutgoingReferral = (typeof CAS_REASON_FOR_OUTGOING_REFERRAL)[number];
/** Display labels of CAS_REASON_FOR_OUTGOING_REFERRAL. */
export const CAS_REASON_FOR_OUTGOING_REFERRAL_LABELS: Readonly<Record<CasReasonForOutgoingReferral, string>> =
  {
    AdditionalServicesRequired: "Additional Services Required",
    MigrationOrChangeOfLocation: "Migration or Change of Location",
    Other: "Other",
  };

/** HTCDS `hte_Type` picklist (Type). */
export const HTE_TYPE = ["Recruitment", "Transit", "Exploitation"] as const;
export type HteType = (typeof HTE_TYPE)[number];
/** Display labels of HTE_TYPE. */
export const HTE_TYPE_LABELS: Readonly<Record<HteType, string>> = {
  Recruitment: "Recruitment",
  Transit: "Transit",
  Exploitation: "Exploitation",
};

/** HTCDS `spl_Type` picklist (Type). */
export const SPL_TYPE = [
  "Education",
  "Financial",
  "Health",
  "LabourExploitationRehabilitation",
  "Legal",
  "Livelihood",
  "RightsBasedTraining",
  "SexualExploitationRehabilitation",
  "SocialCare",
] as const;
export type SplType = (typeof SPL_TYPE)[number];
/** Display labels of SPL_TYPE. */
export const SPL_TYPE_LABELS: Readonly<Record<SplType, string>> = {
  Education: "Education",
  Financial: "Financial",
  Health: "Health",
  LabourExploitationRehabilitation: "Labour Exploitation Rehabilitation",
  Legal: "Legal",
  Livelihood: "Livelihood",
  RightsBasedTraining: "Rights-based Training",
  SexualExploitationRehabilitation: "Sexual Exploitation Rehabilitation",
  SocialCare: "Social Care",
};

/** The HTCDS 2.0 fields, in the standard's order. */
export const HTCDS_FIELDS = [
  {
    key: "org_Name",
    prefix: "org_",
    label: "Organisation Name",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "org_ShippingCity",
    prefix: "org_",
    label: "Shipping City",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "org_ShippingCountry",
    prefix: "org_",
    label: "Shipping Country",
    type: "Picklist or Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "org_ShippingState",
    prefix: "org_",
    label: "Shipping State/Province",
    type: "Picklist or Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "org_ShippingStreet",
    prefix: "org_",
    label: "Shipping Street",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "org_ShippingPostalCode",
    prefix: "org_",
    label: "Shipping Zip/Postal Code",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "org_ShippingLongitude",
    prefix: "org_",
    label: "Longitude",
    type: "Geolocation",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "org_ShippingLatitude",
    prefix: "org_",
    label: "Latitude",
    type: "Geolocation",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "org_Phone",
    prefix: "org_",
    label: "Phone",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "org_Type",
    prefix: "org_",
    label: "Type",
    type: "Picklist",
    core: false,
    deprecated: false,
    values: labelled(ORG_TYPE, ORG_TYPE_LABELS),
  },
  {
    key: "prs_Salutation",
    prefix: "prs_",
    label: "Salutation",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_FirstName",
    prefix: "prs_",
    label: "First Name",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_MiddleName",
    prefix: "prs_",
    label: "Middle Name",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_SecondName",
    prefix: "prs_",
    label: "Second Name",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_Birthdate",
    prefix: "prs_",
    label: "Birthdate",
    type: "Date",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_Gender",
    prefix: "prs_",
    label: "Gender",
    type: "Picklist",
    core: true,
    deprecated: false,
    values: labelled(PRS_GENDER, PRS_GENDER_LABELS),
  },
  {
    key: "prs_Deceased",
    prefix: "prs_",
    label: "Deceased",
    type: "Checkbox",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_MaritalStatus",
    prefix: "prs_",
    label: "Marital Status",
    type: "Picklist",
    core: false,
    deprecated: false,
    values: labelled(PRS_MARITAL_STATUS, PRS_MARITAL_STATUS_LABELS),
  },
  {
    key: "prs_NumberOfChildren",
    prefix: "prs_",
    label: "Number of Children",
    type: "Number",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_PrimaryLanguage",
    prefix: "prs_",
    label: "Primary Language",
    type: "Picklist",
    core: false,
    deprecated: false,
    values: [],
    valuesNote: "Use ISO 639-2 language codes standard (two-letter country codes optional)",
  },
  {
    key: "prs_SecondaryLanguage",
    prefix: "prs_",
    label: "Secondary Language",
    type: "Picklist",
    core: false,
    deprecated: false,
    values: [],
    valuesNote: "Use ISO 639-2 language codes standard (two-letter country codes optional)",
  },
  {
    key: "prs_HighestLevelOfEducation",
    prefix: "prs_",
    label: "Highest Level of Education",
    type: "Picklist",
    core: false,
    deprecated: false,
    values: labelled(PRS_HIGHEST_LEVEL_OF_EDUCATION, PRS_HIGHEST_LEVEL_OF_EDUCATION_LABELS),
  },
  {
    key: "prs_Citizenship",
    prefix: "prs_",
    label: "Citizenship",
    type: "Multiselect Picklist",
    core: true,
    deprecated: false,
    values: [],
    valuesNote: "Use ISO 3166 country codes standard (two-letter country codes optional)",
  },
  {
    key: "prs_IdentityNumber",
    prefix: "prs_",
    label: "Identity Number",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_Title",
    prefix: "prs_",
    label: "Title",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_Email",
    prefix: "prs_",
    label: "Email",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_HomePhone",
    prefix: "prs_",
    label: "Home Phone",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_MobilePhone",
    prefix: "prs_",
    label: "Mobile Phone",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_MailingCity",
    prefix: "prs_",
    label: "Mailing City",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_MailingCountry",
    prefix: "prs_",
    label: "Mailing Country",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
    valuesNote: "Use ISO 3166 country codes standard two-letter country codes",
  },
  {
    key: "prs_MailingState",
    prefix: "prs_",
    label: "Mailing State/Province",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_MailingStreet",
    prefix: "prs_",
    label: "Mailing Street",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_MailingPostalCode",
    prefix: "prs_",
    label: "Mailing Zip/Postal Code",
    type: "Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_MailingLongitude",
    prefix: "prs_",
    label: "Longitude",
    type: "Number",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "prs_MailingLatitude",
    prefix: "prs_",
    label: "Latitude",
    type: "Number",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "vic_AgreementToManagePersonalData",
    prefix: "vic_",
    label: "Agreement to Manage Personal Data",
    type: "Checkbox",
    core: false,
    deprecated: true,
    values: [],
  },
  {
    key: "vic_TraffickingStatus",
    prefix: "vic_",
    label: "Trafficking Status",
    type: "Picklist",
    core: true,
    deprecated: false,
    values: labelled(VIC_TRAFFICKING_STATUS, VIC_TRAFFICKING_STATUS_LABELS),
  },
  {
    key: "vic_TraffickingStatusDecisionMakingOrg",
    prefix: "vic_",
    label: "Trafficking Status Decision Making Organization",
    type: "Picklist",
    core: true,
    deprecated: false,
    values: labelled(
      VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG,
      VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG_LABELS,
    ),
  },
  {
    key: "vic_RelationshipToTrafficker",
    prefix: "vic_",
    label: "Relationship to Trafficker",
    type: "Picklist",
    core: false,
    deprecated: false,
    values: labelled(VIC_RELATIONSHIP_TO_TRAFFICKER, VIC_RELATIONSHIP_TO_TRAFFICKER_LABELS),
  },
  {
    key: "vic_AgeWhenTrafficked",
    prefix: "vic_",
    label: "Age when Trafficked",
    type: "Number",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "vic_RecruitmentWebsitesAndApps",
    prefix: "vic_",
    label: "Recruitment Websites and Apps",
    type: "Multiselect Picklist",
    core: false,
    deprecated: false,
    values: labelled(VIC_RECRUITMENT_WEBSITES_AND_APPS, VIC_RECRUITMENT_WEBSITES_AND_APPS_LABELS),
  },
  {
    key: "vic_MethodOfRecruitment",
    prefix: "vic_",
    label: "Method of Recruitment",
    type: "Multiselect Picklist",
    core: true,
    deprecated: false,
    values: labelled(VIC_METHOD_OF_RECRUITMENT, VIC_METHOD_OF_RECRUITMENT_LABELS),
  },
  {
    key: "vic_LocationOfRecruitment",
    prefix: "vic_",
    label: "Location of Recruitment",
    type: "Lookup [to organisation]",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "vic_MethodsOfControl",
    prefix: "vic_",
    label: "Methods of Control",
    type: "Multiselect Picklist",
    core: true,
    deprecated: false,
    values: labelled(VIC_METHODS_OF_CONTROL, VIC_METHODS_OF_CONTROL_LABELS),
  },
  {
    key: "vic_TypeOfExploitation",
    prefix: "vic_",
    label: "Type of Exploitation",
    type: "Multiselect Picklist",
    core: true,
    deprecated: false,
    values: labelled(VIC_TYPE_OF_EXPLOITATION, VIC_TYPE_OF_EXPLOITATION_LABELS),
  },
  {
    key: "vic_ForcedLabourIndustry",
    prefix: "vic_",
    label: "Forced Labour Industry",
    type: "Picklist",
    core: true,
    deprecated: false,
    values: labelled(VIC_FORCED_LABOUR_INDUSTRY, VIC_FORCED_LABOUR_INDUSTRY_LABELS),
  },
  {
    key: "vic_TypeOfSexExploitation",
    prefix: "vic_",
    label: "Type of Sex Exploitation",
    type: "Multiselect Picklist",
    core: true,
    deprecated: false,
    values: labelled(VIC_TYPE_OF_SEX_EXPLOITATION, VIC_TYPE_OF_SEX_EXPLOITATION_LABELS),
  },
  {
    key: "vic_LocationOfExploitation",
    prefix: "vic_",
    label: "Location of Exploitation",
    type: "Lookup [to organisation]",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "vic_ExploitationWebsitesAndApps",
    prefix: "vic_",
    label: "Exploitation Websites and Apps",
    type: "Multiselect Picklist",
    core: false,
    deprecated: false,
    values: labelled(VIC_EXPLOITATION_WEBSITES_AND_APPS, VIC_EXPLOITATION_WEBSITES_AND_APPS_LABELS),
  },
  {
    key: "vic_Vulnerabilities",
    prefix: "vic_",
    label: "Vulnerabilities",
    type: "Multiselect Picklist",
    core: true,
    deprecated: true,
    values: [
      { name: "Addiction", label: "Addiction" },
      { name: "SocialGroup", label: "Social Group" },
      { name: "Discrimination", label: "Discrimination" },
      { name: "Poverty", label: "Poverty" },
      { name: "DisabilityAndPhysicalHealth", label: "Disability and physical health" },
      { name: "MentalHealth", label: "Mental health" },
      { name: "Migration", label: "Migration" },
      { name: "Homelessness", label: "Homelessness" },
      { name: "AbuseSocialMedia", label: "Abuse - social media" },
      { name: "AbusePhysical", label: "Abuse - physical" },
      { name: "Education", label: "Education" },
      { name: "WorkEnvironment", label: "Work environment" },
    ],
  },
  {
    key: "vic_DetailsOfVulnerabilities",
    prefix: "vic_",
    label: "Details Of Vulnerabilities",
    type: "Long Text",
    core: true,
    deprecated: true,
    values: [],
  },
  {
    key: "per_RoleInProcess",
    prefix: "per_",
    label: "Role in Process",
    type: "Multiselect Picklist",
    core: false,
    deprecated: false,
    values: labelled(PER_ROLE_IN_PROCESS, PER_ROLE_IN_PROCESS_LABELS),
  },
  {
    key: "per_RoleDetails",
    prefix: "per_",
    label: "Role Details",
    type: "Long Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "cas_Status",
    prefix: "cas_",
    label: "Status",
    type: "Picklist",
    core: true,
    deprecated: false,
    values: labelled(CAS_STATUS, CAS_STATUS_LABELS),
  },
  {
    key: "cas_ReasonForCaseClosure",
    prefix: "cas_",
    label: "Reason for Case Closure",
    type: "Long Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "cas_CaseOwner",
    prefix: "cas_",
    label: "Case Owner",
    type: "Lookup [to user]",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "cas_ReferringOrganisation",
    prefix: "cas_",
    label: "Referring Organisation",
    type: "Lookup [to organisation]",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "cas_IncomingReferralDate",
    prefix: "cas_",
    label: "Incoming Referral Date",
    type: "Date",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "cas_ReferringPrimaryCaseWorker",
    prefix: "cas_",
    label: "Referring Primary Case Worker",
    type: "Lookup [to person]",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "cas_ReasonForIncomingReferral",
    prefix: "cas_",
    label: "Reason for Incoming Referral",
    type: "Picklist",
    core: true,
    deprecated: false,
    values: labelled(CAS_REASON_FOR_INCOMING_REFERRAL, CAS_REASON_FOR_INCOMING_REFERRAL_LABELS),
  },
  {
    key: "cas_IncomingReferralDetails",
    prefix: "cas_",
    label: "Incoming Referral Details",
    type: "Long Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "cas_ReferredOrganisation",
    prefix: "cas_",
    label: "Referred Organisation",
    type: "Lookup [to organisation]",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "cas_ReferredPrimaryCaseWorker",
    prefix: "cas_",
    label: "Referred Primary Case Worker",
    type: "Lookup [to person]",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "cas_ReasonForOutgoingReferral",
    prefix: "cas_",
    label: "Reason for Outgoing Referral",
    type: "Picklist",
    core: true,
    deprecated: false,
    values: labelled(CAS_REASON_FOR_OUTGOING_REFERRAL, CAS_REASON_FOR_OUTGOING_REFERRAL_LABELS),
  },
  {
    key: "cas_OutgoingReferralDate",
    prefix: "cas_",
    label: "Outgoing Referral Date",
    type: "Date",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "cas_OutgoingReferralDetails",
    prefix: "cas_",
    label: "Outgoing Referral Details",
    type: "Long Text",
    core: true,
    deprecated: false,
    values: [],
  },
  {
    key: "cco_CaseComment",
    prefix: "cco_",
    label: "Case Comment",
    type: "Long Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "hte_Longitude",
    prefix: "hte_",
    label: "Longitude",
    type: "Geolocation",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "hte_Latitude",
    prefix: "hte_",
    label: "Latitude",
    type: "Geolocation",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "hte_City",
    prefix: "hte_",
    label: "City",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "hte_Country",
    prefix: "hte_",
    label: "Country",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "hte_State",
    prefix: "hte_",
    label: "State",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "hte_Street",
    prefix: "hte_",
    label: "Street",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "hte_PostalCode",
    prefix: "hte_",
    label: "PostalCode",
    type: "Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "hte_Date",
    prefix: "hte_",
    label: "Date",
    type: "Date",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "hte_Type",
    prefix: "hte_",
    label: "Type",
    type: "Picklist",
    core: false,
    deprecated: false,
    values: labelled(HTE_TYPE, HTE_TYPE_LABELS),
  },
  {
    key: "hte_Description",
    prefix: "hte_",
    label: "Description",
    type: "Long Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "spl_Objectives",
    prefix: "spl_",
    label: "Objectives",
    type: "Long Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "spl_ActionPlan",
    prefix: "spl_",
    label: "Action Plan",
    type: "Long Text",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "spl_PlannedEndDate",
    prefix: "spl_",
    label: "Planned End Date",
    type: "Date",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "spl_ActualEndDate",
    prefix: "spl_",
    label: "Actual End Date",
    type: "Date",
    core: false,
    deprecated: false,
    values: [],
  },
  {
    key: "spl_Type",
    prefix: "spl_",
    label: "Type",
    type: "Picklist",
    core: false,
    deprecated: false,
    values: labelled(SPL_TYPE, SPL_TYPE_LABELS),
  },
  {
    key: "con_Consent",
    prefix: "con_",
    label: "Consent",
    type: "Checkbox",
    core: true,
    deprecated: false,
    values: [],
  },
] as const satisfies readonly HtcdsField[];

/** The key of an HTCDS 2.0 field, such as `vic_MethodsOfControl`. */
export type HtcdsFieldKey = (typeof HTCDS_FIELDS)[number]["key"];
