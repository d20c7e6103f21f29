import type { OrganisationFields } from "@ariadne/domain";

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
      email: "partner@demo.ariadne.invalid",
      fullName: "Demo Partner Lawyer",
      role: "partner",
      organisation: "legal",
    },
  ];
