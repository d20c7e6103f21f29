import type { TFunction } from "i18next";

/**
 * The audit actions the server records, as of this version of the web app. The contract types
 * `action` as any string, so newer codes can arrive: they are shown as they are.
 */
export const AUDIT_ACTIONS = [
  "access.denied",
  "api_token.create",
  "api_token.revoke",
  "audit.export",
  "audit.read",
  "audit.verify",
  "auth.lockout",
  "auth.login",
  "auth.logout",
  "auth.logout_everywhere",
  "auth.password_changed",
  "auth.second_factor",
  "auth.second_factor_enrolled",
  "auth.second_factor_enrolment_started",
  "auth.session_expired",
  "case.comment.add",
  "case.consent.add",
  "case.consent.withdraw",
  "case.event.add",
  "case.event.update",
  "case.list",
  "case.open",
  "case.person.add",
  "case.proceeding.add",
  "case.proceeding.update",
  "case.read",
  "case.search_before_create",
  "case.stage",
  "case.status",
  "case.support_plan.add",
  "case.support_plan.update",
  "case.task.add",
  "case.task.done",
  "case.task.reopen",
  "case.update",
  "demo.load",
  "keys.rotate",
  "nrm_pathway.set",
  "organisation.create",
  "organisation.update",
  "referral.accept",
  "referral.create",
  "referral.create_best_interests_override",
  "referral.decline",
  "referral.list",
  "referral.revoke",
  "role.create",
  "role.update",
  "screening.complete",
  "screening.create",
  "screening.read",
  "screening.save",
  "screening_catalogue.load",
  "service_offer.create",
  "service_offer.update",
  "setup.complete",
  "user.create",
  "user.deactivate",
  "user.list",
  "user.reactivate",
  "user.read",
  "user.reset_password",
  "user.reset_second_factor",
  "user.unlock",
  "user.update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record an audit entry can name. */
export const AUDIT_RESOURCE_TYPES = [
  "user",
  "organisation",
  "role",
  "api_token",
  "screening",
  "screening_catalogue",
  "case",
  "nrm_pathway",
  "service_offer",
] as const;
export type AuditResourceType = (typeof AUDIT_RESOURCE_TYPES)[number];

export function isAuditAction(code: string): code is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(code);
}

export function isAuditResourceType(code: string): code is AuditResourceType {
  return (AUDIT_RESOURCE_TYPES as readonly string[]).includes(code);
}

/** An action in the interface language; the raw code for an action this app does not know. */
export function auditActionLabel(t: TFunction, code: string): string {
  return isAuditAction(code) ? t(`audit.actions.${code}`) : code;
}

/** A resource type in the interface language; the raw code for a type this app does not know. */
export function auditResourceTypeLabel(t: TFunction, code: string): string {
  return isAuditResourceType(code) ? t(`audit.resourceTypes.${code}`) : code;
}
