import { SCREENER_ROLES, type ScreenerRole } from "@ariadne/domain";
import {
  isEmptyPending,
  NO_CHANGES,
  parseStoredPending,
  storablePending,
  type PendingChanges,
} from "./pending-changes.ts";

type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

const ROLE_KEY = "ariadne.identify.screenerRole";
const PENDING_PREFIX = "ariadne.identify.pending.";

function browserStorage(kind: "localStorage" | "sessionStorage"): KeyValueStorage | null {
  try {
    return typeof window === "undefined" ? null : window[kind];
  } catch {
    // Storage can be disabled (private mode, policies); the app then keeps things in memory.
    return null;
  }
}

/** The role the screener chose last time on this device: nothing else about them is kept. */
export function readScreenerRole(storage = browserStorage("localStorage")): ScreenerRole | undefined {
  try {
    const value = storage?.getItem(ROLE_KEY);
    return SCREENER_ROLES.find((role) => role === value);
  } catch {
    return undefined;
  }
}

export function storeScreenerRole(role: ScreenerRole, storage = browserStorage("localStorage")): void {
  try {
    storage?.setItem(ROLE_KEY, role);
  } catch {
    // Not remembered: the screener picks the role again next time.
  }
}

/**
 * Unsaved changes of a draft, kept in the tab's `sessionStorage` (gone when the tab closes) so
 * that reloading the page loses nothing. Free text (notes, safety concerns) is never written:
 * it may identify the person, and stays in memory only.
 */
export function storePending(
  screeningId: string,
  pending: PendingChanges,
  storage = browserStorage("sessionStorage"),
): void {
  const storable = storablePending(pending);
  try {
    if (isEmptyPending(storable)) storage?.removeItem(PENDING_PREFIX + screeningId);
    else storage?.setItem(PENDING_PREFIX + screeningId, JSON.stringify(storable));
  } catch {
    // Full or disabled: the changes are still in memory and being saved.
  }
}

export function readPending(screeningId: string, storage = browserStorage("sessionStorage")): PendingChanges {
  try {
    const text = storage?.getItem(PENDING_PREFIX + screeningId);
    return text === null || text === undefined ? NO_CHANGES : parseStoredPending(JSON.parse(text));
  } catch {
    return NO_CHANGES;
  }
}

/** Forgets every draft's stored changes in this tab (at sign-out). */
export function forgetAllPending(storage = browserStorage("sessionStorage")): void {
  if (storage === null) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(PENDING_PREFIX) === true) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Nothing more can be done; sessionStorage ends with the tab anyway.
  }
}
