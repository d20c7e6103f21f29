import {
  VIC_METHOD_OF_RECRUITMENT,
  VIC_METHODS_OF_CONTROL,
  VIC_TYPE_OF_EXPLOITATION,
  VIC_TYPE_OF_SEX_EXPLOITATION,
} from "../htcds/fields.ts";

/**
 * The HTCDS 2.0 `vic_` picklists an indicator may map to, taken from the shipped field list.
 * `vic_Vulnerabilities` is left out on purpose: HTCDS 2.0 deprecates it in favour of its
 * assessment sections.
 */
export const HTCDS_VICTIM_PICKLISTS = {
  vic_MethodsOfControl: VIC_METHODS_OF_CONTROL,
  vic_TypeOfExploitation: VIC_TYPE_OF_EXPLOITATION,
  vic_MethodOfRecruitment: VIC_METHOD_OF_RECRUITMENT,
  vic_TypeOfSexExploitation: VIC_TYPE_OF_SEX_EXPLOITATION,
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
