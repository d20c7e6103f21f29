import { isAuditAction, isAuditResourceType } from "@ariadne/domain";
import type { TFunction } from "i18next";

/** An action in the interface language; the raw code for an action this app does not know. */
export function auditActionLabel(t: TFunction, code: string): string {
  return isAuditAction(code) ? t(`audit.actions.${code}`) : code;
}

/** A resource type in the interface language; the raw code for a type this app does not know. */
export function auditResourceTypeLabel(t: TFunction, code: string): string {
  return isAuditResourceType(code) ? t(`audit.resourceTypes.${code}`) : code;
}
