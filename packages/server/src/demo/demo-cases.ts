import { randomUUID } from "node:crypto";
import {
  ageOn,
  DEFAULT_NRM_PATHWAY,
  isoDay,
  PRS_GENDER,
  VIC_METHOD_OF_RECRUITMENT,
  VIC_METHODS_OF_CONTROL,
  type CasePart,
  type PersonFields,
  type ServiceOfferInput,
} from "@ariadne/domain";
import type { CaseService } from "../cases/case-service.ts";
import * as repo from "../cases/case-repository.ts";
import { sealHtcds, sealOwn } from "../cases/sealing.ts";
import type { Executor } from "../db/connection.ts";
import {
  casePeople,
  caseTasks,
  consents,
  criminalProceedings,
  supportPlans,
  traffickingEvents,
} from "../db/schema.ts";
import * as referralRepo from "../referrals/referral-repository.ts";
import type { Keyring } from "../security/keyring.ts";

/**
 * Synthetic cases for the demo: invented people (first and family names drawn from short
 * lists and combined at random), spread over 2021 to today, with events, consent, support
 * plans, tasks, referrals and criminal proceedings, so every Protect page and the statistics
 * have something to show. Deterministic: the same seed gives the same cases.
 */
const FIRST = {
  Feminine: [
    "Ana",
    "Elena",
    "Irina",
    "Olena",
    "Mariam",
    "Grace",
    "Lina",
    "Sofia",
    "Amina",
    "Daria",
    "Joy",
    "Nadia",
  ],
  Masculine: [
    "Ion",
    "Pavel",
    "Samuel",
    "Ahmed",
    "Dmytro",
    "Luca",
    "Kwame",
    "Arben",
    "Tomas",
    "Bilal",
    "Mihai",
    "Omar",
  ],
} as const;
const FAMILY = [
  "Demo-Popa",
  "Demo-Ionescu",
  "Demo-Okafor",
  "Demo-Kovalenko",
  "Demo-Hoxha",
  "Demo-Mensah",
  "Demo-Rahimi",
  "Demo-Novak",
  "Demo-Stan",
  "Demo-Haddad",
];
/** Citizenships weighted like EU registrations: many EU nationals, then non-EU. */
const CITIZENSHIP = [
  "RO",
  "RO",
  "RO",
  "BG",
  "BG",
  "HU",
  "FR",
  "NG",
  "NG",
  "UA",
  "UA",
  "MD",
  "AL",
  "CN",
  "VN",
  "PK",
  "MA",
  "BR",
];
const CITIES: readonly { city: string; country: string; lat: number; lon: number }[] = [
  { city: "Constanța", country: "RO", lat: 44.18, lon: 28.63 },
  { city: "Bucharest", country: "RO", lat: 44.43, lon: 26.1 },
  { city: "Chișinău", country: "MD", lat: 47.01, lon: 28.86 },
  { city: "Lagos", country: "NG", lat: 6.52, lon: 3.38 },
  { city: "Benin City", country: "NG", lat: 6.34, lon: 5.63 },
  { city: "Marseille", country: "FR", lat: 43.3, lon: 5.37 },
  { city: "Madrid", country: "ES", lat: 40.42, lon: -3.7 },
  { city: "Berlin", country: "DE", lat: 52.52, lon: 13.4 },
  { city: "Naples", country: "IT", lat: 40.85, lon: 14.27 },
  { city: "Kharkiv", country: "UA", lat: 49.99, lon: 36.23 },
  { city: "Tirana", country: "AL", lat: 41.33, lon: 19.82 },
];

/** A small seeded generator (mulberry32): demo data only, never security. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chance = (p: number) => next() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, pick, chance, int };
}

export const DEMO_SERVICES: readonly (ServiceOfferInput & { organisation: string })[] = [
  {
    organisation: "ngo",
    serviceType: "shelter",
    languages: ["ro", "en", "uk"],
    groupsServed: ["women", "children", "families"],
    capacity: 14,
    region: "Constanța county",
  },
  {
    organisation: "ngo",
    serviceType: "psychological",
    languages: ["ro", "en"],
    groupsServed: ["women", "men", "children", "lgbtqi"],
    capacity: 30,
    region: "Constanța county",
  },
  {
    organisation: "ngo",
    serviceType: "interpretation",
    languages: ["ro", "en", "fr", "uk", "ru"],
    groupsServed: ["women", "men", "children", "families", "lgbtqi"],
    region: "Romania",
  },
  {
    organisation: "legal",
    serviceType: "legal_aid",
    languages: ["es", "en", "fr"],
    groupsServed: ["women", "men", "lgbtqi"],
    capacity: 40,
    region: "Madrid",
  },
  {
    organisation: "legal",
    serviceType: "return_reintegration",
    languages: ["es", "en"],
    groupsServed: ["women", "men", "families"],
    region: "Spain",
  },
];

export async function insertDemoCases(
  tx: Executor,
  keyring: Keyring,
  cases: CaseService,
  input: {
    organisationId: string;
    ownerId: string;
    legalOrganisationId: string;
    count: number;
    today: Date;
    seed: number;
  },
): Promise<{ cases: number; referrals: number }> {
  const r = random(input.seed);
  const today = isoDay(input.today);
  const thisYear = Number(today.slice(0, 4));
  let referrals = 0;
  for (let i = 0; i < input.count; i++) {
    const gender = r.chance(0.68) ? "Feminine" : r.chance(0.95) ? "Masculine" : r.pick(PRS_GENDER);
    const first = r.pick(gender === "Masculine" ? FIRST.Masculine : FIRST.Feminine);
    const year = r.int(2021, thisYear);
    const registeredOn = `${year}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
    const registered = registeredOn > today ? today : registeredOn;
    const child = r.chance(0.2);
    const age = child ? r.int(12, 17) : r.int(18, 45);
    const birthdate = `${Number(registered.slice(0, 4)) - age}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
    const sexual = r.chance(0.55);
    const labour = !sexual || r.chance(0.15);
    const forms = [
      ...(sexual ? ["SexualExploitation"] : []),
      ...(labour ? ["ForcedLabour"] : []),
      ...(r.chance(0.06) ? ["ForcedBegging"] : []),
      ...(r.chance(0.03) ? ["ForcedMarriage"] : []),
    ];
    const person: PersonFields = {
      prs_FirstName: first,
      prs_SecondName: r.pick(FAMILY),
      prs_Birthdate: birthdate,
      prs_Gender: gender,
      prs_Citizenship: [r.pick(CITIZENSHIP)],
      prs_PrimaryLanguage: r.pick(["ro", "en", "uk", "fr", "ru"]),
      ...(r.chance(0.6)
        ? { prs_MobilePhone: `+40 700 ${String(r.int(100, 999))} ${String(r.int(100, 999))}` }
        : {}),
    };
    const closed = registered < `${thisYear - 1}-06-01` && r.chance(0.6);
    const stageIndex = closed ? DEFAULT_NRM_PATHWAY.length - 1 : r.int(0, DEFAULT_NRM_PATHWAY.length - 2);
    const stage = DEFAULT_NRM_PATHWAY[stageIndex]?.key ?? "first_contact";
    const personId = randomUUID();
    const caseId = randomUUID();
    await repo.insertPerson(tx, {
      ...sealHtcds(keyring, "person", personId, person),
      id: personId,
      organisationId: input.organisationId,
      birthYear: Number(birthdate.slice(0, 4)),
      createdBy: input.ownerId,
      demo: true,
    });
    await repo.replaceMatchKeys(tx, personId, input.organisationId, cases.matchKeysOf(person));
    await repo.insertCase(tx, {
      ...sealHtcds(
        keyring,
        "htcds_case",
        caseId,
        closed ? { cas_ReasonForCaseClosure: "Reintegration completed (demo)" } : {},
      ),
      id: caseId,
      reference: `C-${registered.slice(0, 4)}-D${String(i).padStart(5, "0")}`,
      organisationId: input.organisationId,
      personId,
      cas_Status: closed ? "Closed" : r.chance(0.15) ? "FollowUp" : "Active",
      cas_CaseOwner: input.ownerId,
      vic_TraffickingStatus: r.chance(0.6) ? "ActualVictimOfTrafficking" : "PossibleVictimOfTrafficking",
      vic_AgeWhenTrafficked: age,
      vic_TypeOfExploitation: forms,
      vic_MethodOfRecruitment: [r.pick(VIC_METHOD_OF_RECRUITMENT)],
      vic_MethodsOfControl: [r.pick(VIC_METHODS_OF_CONTROL), r.pick(VIC_METHODS_OF_CONTROL)].filter(
        (v, k, a) => a.indexOf(v) === k,
      ),
      ...(labour
        ? {
            vic_ForcedLabourIndustry: r.pick([
              "A_AgricultureForestryAndFishing",
              "F_Construction",
              "C_Manufacturing",
            ] as const),
          }
        : {}),
      nrmCountry: "RO",
      nrmStage: stage,
      nrmStageSince: registered,
      reflectionPeriodEnds:
        stage === "reflection" ? isoDay(new Date(input.today.getTime() + r.int(-5, 60) * 86_400_000)) : null,
      registeredOn: registered,
      ageAtRegistration: ageOn(birthdate, registered),
      closedOn: closed ? `${Number(registered.slice(0, 4)) + 1}-03-15` : null,
      createdBy: input.ownerId,
      demo: true,
    });

    const origin = r.pick(CITIES);
    const destination = r.pick(CITIES);
    for (const [type, place, offset] of [
      ["Recruitment", origin, -120],
      ["Exploitation", destination, -60],
    ] as const) {
      const id = randomUUID();
      await repo.insertPart(tx, traffickingEvents, {
        ...sealHtcds(keyring, "trafficking_event", id, { hte_Description: `${type} (synthetic demo event)` }),
        id,
        caseId,
        hte_Type: type,
        hte_City: place.city,
        hte_Country: place.country,
        hte_Latitude: place.lat,
        hte_Longitude: place.lon,
        hte_Date: isoDay(new Date(new Date(registered).getTime() + offset * 86_400_000)),
      });
    }
    const consented = r.chance(0.75);
    const consentId = randomUUID();
    if (consented)
      await repo.insertPart(tx, consents, {
        id: consentId,
        caseId,
        personId,
        con_Consent: true,
        purposes: ["case_management", "referral", "statistics"],
        givenOn: registered,
        recordedBy: input.ownerId,
      });
    if (r.chance(0.5)) {
      const id = randomUUID();
      await repo.insertPart(tx, supportPlans, {
        ...sealHtcds(keyring, "support_plan", id, {
          spl_Objectives: "Safe housing, health check, legal counselling (demo)",
        }),
        id,
        caseId,
        spl_Type: r.pick(["Health", "Legal", "SocialCare", "Livelihood"] as const),
        startDate: registered,
        spl_PlannedEndDate: isoDay(new Date(new Date(registered).getTime() + 180 * 86_400_000)),
      });
    }
    if (!closed && r.chance(0.5)) {
      const id = randomUUID();
      await repo.insertPart(tx, caseTasks, {
        id,
        caseId,
        titleEnc:
          sealOwn(
            keyring,
            "case_task",
            "title",
            id,
            r.pick([
              "Book an interpreter",
              "Accompany to the medical check",
              "Prepare the residence permit file",
            ]),
          ) ?? "",
        dueOn: isoDay(new Date(input.today.getTime() + r.int(-10, 20) * 86_400_000)),
        assigneeId: input.ownerId,
        createdBy: input.ownerId,
      });
    }
    if (r.chance(0.25)) {
      const perpetratorId = randomUUID();
      const linkId = randomUUID();
      await repo.insertPerson(tx, {
        ...sealHtcds(keyring, "person", perpetratorId, {
          prs_FirstName: r.pick(FIRST.Masculine),
          prs_SecondName: r.pick(FAMILY),
        }),
        id: perpetratorId,
        organisationId: input.organisationId,
        createdBy: input.ownerId,
        demo: true,
      });
      await repo.insertPart(tx, casePeople, {
        id: linkId,
        caseId,
        personId: perpetratorId,
        per_RoleInProcess: ["RecruiterOrIntermediary"],
      });
      const convicted = r.chance(0.4);
      await repo.insertPart(tx, criminalProceedings, {
        id: randomUUID(),
        caseId,
        casePersonId: linkId,
        stage: convicted ? "verdict" : r.pick(["investigation", "charged", "prosecution"] as const),
        investigationOpenedOn: registered,
        chargedOn: convicted ? isoDay(new Date(new Date(registered).getTime() + 60 * 86_400_000)) : null,
        charges: ["trafficking_in_human_beings"],
        verdict: convicted ? "convicted" : null,
        verdictOn: convicted
          ? isoDay(
              new Date(Math.min(new Date(registered).getTime() + 300 * 86_400_000, input.today.getTime())),
            )
          : null,
        sentenceMonths: convicted ? r.int(24, 120) : null,
        victimIsWitness: r.chance(0.5),
        protectionMeasures: r.chance(0.5) ? ["video_testimony", "no_contact_with_accused"] : [],
      });
    }
    if (!closed && consented && referrals < 6 && r.chance(0.3)) {
      const id = randomUUID();
      const accepted = referrals % 2 === 0;
      const parts: CasePart[] = ["identity", "victim", "justice"];
      const grantId = accepted ? randomUUID() : null;
      await referralRepo.insertReferral(tx, {
        id,
        caseId,
        fromOrganisationId: input.organisationId,
        toOrganisationId: input.legalOrganisationId,
        serviceType: "legal_aid",
        consentId,
        parts,
        messageEnc: sealOwn(
          keyring,
          "referral",
          "message",
          id,
          "Needs counsel for the compensation claim (demo)",
        ),
        status: accepted ? "accepted" : "pending",
        grantId,
        createdBy: input.ownerId,
      });
      if (grantId)
        await referralRepo.insertGrant(tx, {
          id: grantId,
          organisationId: input.legalOrganisationId,
          caseId,
          parts,
          grantedBy: input.ownerId,
        });
      referrals += 1;
    }
  }
  return { cases: input.count, referrals };
}
