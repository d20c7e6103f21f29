import { CONSENT_PURPOSES } from "../api/protect-vocabulary.ts";
import type { OpenCaseRequest } from "../api/types.ts";
import { pickAll } from "../forms/picklist.ts";
import type { ConsentFormValues } from "./consent-inputs.tsx";
import {
  filled,
  toPersonFields,
  toPersonFormValues,
  toVictimFields,
  toVictimFormValues,
  type PersonFormValues,
  type VictimFormValues,
} from "./case-form-values.ts";

/** The open-case form: its paths mirror the request body (`person.…`, `victim.…`, `consent.…`). */
export interface OpenCaseFormValues {
  person: PersonFormValues;
  victim: VictimFormValues;
  registeredOn: string;
  /** Empty: the country of the user's organisation. */
  nrmCountry: string | null;
  screeningId: string | null;
  /** Whether to record the person's consent with the case. */
  recordConsent: boolean;
  consent: ConsentFormValues;
}

export function emptyOpenCaseValues(today: string, screeningId: string | null): OpenCaseFormValues {
  return {
    person: toPersonFormValues(),
    victim: toVictimFormValues(),
    registeredOn: today,
    nrmCountry: null,
    screeningId,
    recordConsent: false,
    consent: { given: "yes", purposes: ["case_management"], givenOn: today },
  };
}

/** The request to open the case; `confirmNoMatch` once the user said the matches are someone else. */
export function toOpenCaseRequest(values: OpenCaseFormValues, confirmNoMatch: boolean): OpenCaseRequest {
  const victim = filled(toVictimFields(values.victim));
  const registeredOn = values.registeredOn.trim();
  return {
    person: filled(toPersonFields(values.person)),
    ...(Object.keys(victim).length === 0 ? {} : { victim }),
    ...(registeredOn === "" ? {} : { registeredOn }),
    ...(values.nrmCountry === null || values.nrmCountry === "" ? {} : { nrmCountry: values.nrmCountry }),
    ...(values.screeningId === null ? {} : { screeningId: values.screeningId }),
    ...(values.recordConsent
      ? {
          consent: {
            con_Consent: values.consent.given === "yes",
            purposes: pickAll(CONSENT_PURPOSES, values.consent.purposes),
            givenOn: values.consent.givenOn,
          },
        }
      : {}),
    ...(confirmNoMatch ? { confirmNoMatch: true } : {}),
  };
}
