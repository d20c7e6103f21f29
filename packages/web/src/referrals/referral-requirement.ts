import { isChild } from "@ariadne/domain";
import type { Case, Consent } from "../api/types.ts";

/** The latest consent that covers referral, given and not withdrawn (what the server checks). */
export function liveReferralConsent(consents: readonly Consent[] | null): Consent | null {
  const live = (consents ?? []).filter(
    (consent) => consent.con_Consent && consent.withdrawnOn === null && consent.purposes.includes("referral"),
  );
  return live.reduce<Consent | null>(
    (latest, consent) => (latest === null || consent.givenOn > latest.givenOn ? consent : latest),
    null,
  );
}

/**
 * What a referral of this case rests on: the person's live consent to referral; else, for a
 * child, a best-interests reason (Directive 2011/36/EU Art. 13–16) by someone holding the
 * override permission; else nothing, and the referral cannot be made.
 */
export type ReferralRequirement =
  | { kind: "consent"; consent: Consent }
  | { kind: "childOverride"; mayOverride: boolean }
  | { kind: "missing" };

export function referralRequirement(
  caseView: Pick<Case, "consents" | "person">,
  mayOverride: boolean,
  today: string,
): ReferralRequirement {
  const consent = liveReferralConsent(caseView.consents);
  if (consent !== null) return { kind: "consent", consent };
  if (isChild(caseView.person?.prs_Birthdate, today)) return { kind: "childOverride", mayOverride };
  return { kind: "missing" };
}
