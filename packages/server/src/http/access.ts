import type { Permission } from "@ariadne/domain";
import type { SessionStage } from "../auth/auth-schema.ts";

/**
 * What a route needs, declared on every route (`config.access`). A route without one makes
 * the server refuse to start.
 * - `public`: anyone (health, setup, sign-in);
 * - `stages`: a signed-in browser session in one of these steps (own account actions);
 * - `permission`: a fully signed-in user or API token holding it (then `can` decides per record).
 */
export type Access =
  | { readonly public: true }
  | { readonly stages: readonly SessionStage[] }
  | { readonly permission: Permission };

export const PUBLIC: Access = { public: true };
export const ANY_STAGE: Access = { stages: ["mfa_challenge", "password_change", "mfa_enrolment", "active"] };
export const SIGNED_IN: Access = { stages: ["active"] };
export const need = (permission: Permission): Access => ({ permission });
