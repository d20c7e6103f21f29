import {
  CHARGES,
  HTE_TYPE,
  PER_ROLE_IN_PROCESS,
  PROCEEDING_STAGES,
  PROTECTION_MEASURES,
  SPL_TYPE,
  VERDICTS,
} from "../api/protect-vocabulary.ts";
import type {
  CriminalProceeding,
  EventRequest,
  ProceedingRequest,
  SupportPlan,
  SupportPlanRequest,
  TraffickingEvent,
} from "../api/types.ts";
import { pickAll, pickOne } from "../forms/picklist.ts";
import { decimal, text, wholeNumber } from "./case-form-values.ts";

/** A trafficking event (HTCDS `hte_`) as its form holds it; paths match the request body. */
export interface EventFormValues {
  hte_Type: string | null;
  hte_Date: string;
  hte_Street: string;
  hte_PostalCode: string;
  hte_City: string;
  hte_State: string;
  hte_Country: string | null;
  hte_Latitude: number | string;
  hte_Longitude: number | string;
  hte_Description: string;
}

export function toEventFormValues(event?: TraffickingEvent): EventFormValues {
  return {
    hte_Type: event?.hte_Type ?? null,
    hte_Date: event?.hte_Date ?? "",
    hte_Street: event?.hte_Street ?? "",
    hte_PostalCode: event?.hte_PostalCode ?? "",
    hte_City: event?.hte_City ?? "",
    hte_State: event?.hte_State ?? "",
    hte_Country: event?.hte_Country ?? null,
    hte_Latitude: event?.hte_Latitude ?? "",
    hte_Longitude: event?.hte_Longitude ?? "",
    hte_Description: event?.hte_Description ?? "",
  };
}

/** Every field, null when empty: a new event sends them all, an edit its changes. */
export function toEventRequest(values: EventFormValues): Required<EventRequest> {
  return {
    hte_Type: pickOne(HTE_TYPE, values.hte_Type),
    hte_Date: text(values.hte_Date),
    hte_Street: text(values.hte_Street),
    hte_PostalCode: text(values.hte_PostalCode),
    hte_City: text(values.hte_City),
    hte_State: text(values.hte_State),
    hte_Country: values.hte_Country ?? null,
    hte_Latitude: decimal(values.hte_Latitude),
    hte_Longitude: decimal(values.hte_Longitude),
    hte_Description: text(values.hte_Description),
  };
}

/** Events in the order they happened; undated ones last, in the order they were recorded. */
export function chronological<T extends { hte_Date?: string | null }>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => {
      const da = a.event.hte_Date ?? null;
      const db = b.event.hte_Date ?? null;
      if (da === db) return a.index - b.index;
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    })
    .map(({ event }) => event);
}

export interface SupportPlanFormValues {
  spl_Type: string | null;
  startDate: string;
  spl_PlannedEndDate: string;
  spl_ActualEndDate: string;
  spl_Objectives: string;
  spl_ActionPlan: string;
}

export function toSupportPlanFormValues(plan?: SupportPlan): SupportPlanFormValues {
  return {
    spl_Type: plan?.spl_Type ?? null,
    startDate: plan?.startDate ?? "",
    spl_PlannedEndDate: plan?.spl_PlannedEndDate ?? "",
    spl_ActualEndDate: plan?.spl_ActualEndDate ?? "",
    spl_Objectives: plan?.spl_Objectives ?? "",
    spl_ActionPlan: plan?.spl_ActionPlan ?? "",
  };
}

export function toSupportPlanRequest(values: SupportPlanFormValues): Required<SupportPlanRequest> {
  return {
    spl_Type: pickOne(SPL_TYPE, values.spl_Type),
    startDate: text(values.startDate),
    spl_PlannedEndDate: text(values.spl_PlannedEndDate),
    spl_ActualEndDate: text(values.spl_ActualEndDate),
    spl_Objectives: text(values.spl_Objectives),
    spl_ActionPlan: text(values.spl_ActionPlan),
  };
}

/** A criminal proceeding as its form holds it; amounts in the currency's units, not cents. */
export interface ProceedingFormValues {
  casePersonId: string | null;
  stage: string;
  investigationOpenedOn: string;
  chargedOn: string;
  charges: string[];
  prosecutedOn: string;
  trialStartedOn: string;
  verdict: string | null;
  verdictOn: string;
  sentenceMonths: number | string;
  compensationClaimed: number | string;
  compensationAwarded: number | string;
  currency: string;
  victimIsWitness: boolean;
  protectionMeasures: string[];
  notes: string;
}

const toCents = (value: number | string): number | null => {
  const amount = decimal(value);
  return amount === null ? null : Math.round(amount * 100);
};

export function toProceedingFormValues(proceeding?: CriminalProceeding): ProceedingFormValues {
  return {
    casePersonId: proceeding?.casePersonId ?? null,
    stage: proceeding?.stage ?? "investigation",
    investigationOpenedOn: proceeding?.investigationOpenedOn ?? "",
    chargedOn: proceeding?.chargedOn ?? "",
    charges: proceeding?.charges ?? [],
    prosecutedOn: proceeding?.prosecutedOn ?? "",
    trialStartedOn: proceeding?.trialStartedOn ?? "",
    verdict: proceeding?.verdict ?? null,
    verdictOn: proceeding?.verdictOn ?? "",
    sentenceMonths: proceeding?.sentenceMonths ?? "",
    compensationClaimed:
      proceeding?.compensationClaimedCents == null ? "" : proceeding.compensationClaimedCents / 100,
    compensationAwarded:
      proceeding?.compensationAwardedCents == null ? "" : proceeding.compensationAwardedCents / 100,
    currency: proceeding?.currency ?? "",
    victimIsWitness: proceeding?.victimIsWitness ?? false,
    protectionMeasures: proceeding?.protectionMeasures ?? [],
    notes: proceeding?.notes ?? "",
  };
}

/** The whole proceeding (a change sends it all, as the API replaces it). */
export function toProceedingRequest(values: ProceedingFormValues): ProceedingRequest {
  const currency = values.currency.trim().toUpperCase();
  return {
    casePersonId: values.casePersonId ?? null,
    stage: pickOne(PROCEEDING_STAGES, values.stage) ?? "investigation",
    investigationOpenedOn: text(values.investigationOpenedOn),
    chargedOn: text(values.chargedOn),
    charges: pickAll(CHARGES, values.charges),
    prosecutedOn: text(values.prosecutedOn),
    trialStartedOn: text(values.trialStartedOn),
    verdict: pickOne(VERDICTS, values.verdict),
    verdictOn: text(values.verdictOn),
    sentenceMonths: wholeNumber(values.sentenceMonths),
    compensationClaimedCents: toCents(values.compensationClaimed),
    compensationAwardedCents: toCents(values.compensationAwarded),
    currency: currency === "" ? null : currency,
    victimIsWitness: values.victimIsWitness,
    protectionMeasures: pickAll(PROTECTION_MEASURES, values.protectionMeasures),
    notes: text(values.notes),
  };
}

/** Connected person: a perpetrator or other person and their roles. */
export interface ConnectedPersonFormValues {
  person: { prs_FirstName: string; prs_SecondName: string; prs_Birthdate: string; prs_Gender: string | null };
  roles: string[];
  details: string;
}

export const EMPTY_CONNECTED_PERSON: ConnectedPersonFormValues = {
  person: { prs_FirstName: "", prs_SecondName: "", prs_Birthdate: "", prs_Gender: null },
  roles: [],
  details: "",
};

export function rolesOf(values: ConnectedPersonFormValues) {
  const roles = pickAll(PER_ROLE_IN_PROCESS, values.roles);
  return roles.length === 0 ? null : roles;
}
