import type { TFunction } from "i18next";
import { isPermission } from "../api/vocabulary.ts";

/** A permission's name in the interface language; the server's description for keys unknown here. */
export function permissionLabel(t: TFunction, key: string, serverDescription?: string): string {
  return isPermission(key) ? t(`permissions.${key}`) : (serverDescription ?? key);
}

/** The area a permission belongs to (`case.read` → `case`). */
export function permissionArea(key: string): string {
  return key.split(".")[0] ?? key;
}
