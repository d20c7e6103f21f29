import type { HtcdsMapping } from "../../catalogue.ts";
import type { HTCDS_VICTIM_PICKLISTS } from "../../htcds-picklists.ts";

type Values<F extends keyof typeof HTCDS_VICTIM_PICKLISTS> = (typeof HTCDS_VICTIM_PICKLISTS)[F][number];

/** A `vic_MethodsOfControl` value, checked against the picklist at compile time. */
export const control = (value: Values<"vic_MethodsOfControl">): HtcdsMapping => ({
  field: "vic_MethodsOfControl",
  value,
});

/** A `vic_TypeOfExploitation` value, checked against the picklist at compile time. */
export const exploitation = (value: Values<"vic_TypeOfExploitation">): HtcdsMapping => ({
  field: "vic_TypeOfExploitation",
  value,
});
