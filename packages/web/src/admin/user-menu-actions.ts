import type { User } from "../api/types.ts";
import type { UserAction } from "./user-queries.ts";

/** What the per-user menu can offer besides editing. */
export type UserMenuAction = UserAction | "resetPassword";

export function isLocked(user: User, now: number): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
}

export interface UserMenuContext {
  /** When the list was loaded: locks are judged against it. */
  now: number;
  /** The signed-in administrator, who changes their own password under Account instead. */
  sessionUserId: string;
}

/** The account actions that make sense for this user now, in menu order. */
export function userMenuActions(user: User, { now, sessionUserId }: UserMenuContext): UserMenuAction[] {
  const actions: UserMenuAction[] = [user.active ? "deactivate" : "reactivate"];
  if (user.id !== sessionUserId) actions.push("resetPassword");
  if (user.mfaEnabled) actions.push("resetSecondFactor");
  if (isLocked(user, now)) actions.push("unlock");
  return actions;
}
