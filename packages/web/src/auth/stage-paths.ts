import type { SessionStage } from "../api/vocabulary.ts";

export type StagePath = "/sign-in/second-factor" | "/sign-in/enrol" | "/change-password";

/** The page a session in an unfinished sign-in stage must see; `null` for an active session. */
export function stagePath(stage: SessionStage): StagePath | null {
  switch (stage) {
    case "mfa_challenge":
      return "/sign-in/second-factor";
    case "mfa_enrolment":
      return "/sign-in/enrol";
    case "password_change":
      return "/change-password";
    case "active":
      return null;
  }
}
