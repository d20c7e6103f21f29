import type { Answer, ExploitationForm, OrganisationFields, Safety, ScreenerRole } from "@ariadne/domain";

/**
 * Synthetic demo data: invented organisations and people, on the reserved `.invalid` domain
 * so no e-mail can ever reach anyone. Every record is flagged `demo`.
 */
export const DEMO_PASSWORD = "Thread-through-the-labyrinth-2026";

export const DEMO_ORGANISATIONS: readonly (OrganisationFields & { ref: string })[] = [
  {
    ref: "ngo",
    org_Name: "[Demo] Lantern House Shelter",
    org_Type: "NGO",
    org_ShippingCity: "Constanța",
    org_ShippingCountry: "RO",
    org_Phone: "+40 700 000 001",
  },
  {
    ref: "police",
    org_Name: "[Demo] Harbour District Police",
    org_Type: "LawEnforcement",
    org_ShippingCity: "Marseille",
    org_ShippingCountry: "FR",
    org_Phone: "+33 100 000 002",
  },
  {
    ref: "ministry",
    org_Name: "[Demo] National Rapporteur Office",
    org_Type: "CentralGovernmentOrganisation",
    org_ShippingCity: "Berlin",
    org_ShippingCountry: "DE",
  },
  {
    ref: "legal",
    org_Name: "[Demo] Open Door Legal Aid",
    org_Type: "LegalService",
    org_ShippingCity: "Madrid",
    org_ShippingCountry: "ES",
  },
];

export const DEMO_USERS: readonly { email: string; fullName: string; role: string; organisation: string }[] =
  [
    {
      email: "caseworker@demo.ariadne.invalid",
      fullName: "Demo Case Worker",
      role: "case_worker",
      organisation: "ngo",
    },
    {
      email: "responder@demo.ariadne.invalid",
      fullName: "Demo First Responder",
      role: "first_responder",
      organisation: "police",
    },
    {
      email: "analyst@demo.ariadne.invalid",
      fullName: "Demo Online Analyst",
      role: "analyst",
      organisation: "police",
    },
    {
      email: "statistician@demo.ariadne.invalid",
      fullName: "Demo Statistician",
      role: "statistician",
      organisation: "ministry",
    },
    {
      email: "auditor@demo.ariadne.invalid",
      fullName: "Demo Auditor",
      role: "auditor",
      organisation: "ministry",
    },
    {
      email: "legal@demo.ariadne.invalid",
      fullName: "Demo Legal Aid Case Worker",
      role: "case_worker",
      organisation: "legal",
    },
    {
      email: "partner@demo.ariadne.invalid",
      fullName: "Demo Partner Lawyer",
      role: "partner",
      organisation: "legal",
    },
  ];

/** Synthetic screenings by the demo first responder: one of each outcome, one on the child pathway. */
export const DEMO_SCREENINGS: readonly {
  screenerRole: ScreenerRole;
  safety: Safety;
  exploitation: ExploitationForm;
  answers: Record<string, Answer>;
}[] = [
  {
    // Presumed adult victim of labour exploitation.
    screenerRole: "labour_inspection",
    safety: { dangerNow: "no", urgentMedical: "no", possiblyChild: "no", interpreterNeeded: "yes" },
    exploitation: "labour",
    answers: {
      "d1.nature_of_job": "present",
      "d1.conditions_of_work": "present",
      "d4.excessive_working_hours": "present",
      "d4.low_or_no_salary": "present",
      "d5.confiscation_of_documents": "present",
      "d5.debt_bondage": "present",
      "d2.violence_on_victims": "unknown",
      "d6.dependency_on_exploiters": "absent",
    },
  },
  {
    // Possible child victim of sexual exploitation; age uncertain, so presumed a child.
    screenerRole: "border_guard",
    safety: { dangerNow: "no", urgentMedical: "yes", possiblyChild: "unknown", interpreterNeeded: "yes" },
    exploitation: "sexual",
    answers: {
      "d1.nature_of_job": "present",
      "d4.excessive_working_hours": "unknown",
      "d5.isolation_confinement_surveillance": "present",
      "d6.dependency_on_exploiters": "unknown",
    },
  },
  {
    // No indication so far.
    screenerRole: "health",
    safety: { dangerNow: "no", urgentMedical: "no", possiblyChild: "no", interpreterNeeded: "no" },
    exploitation: "labour",
    answers: {
      "d1.nature_of_job": "absent",
      "d4.excessive_working_hours": "absent",
      "d5.debt_bondage": "absent",
    },
  },
];
