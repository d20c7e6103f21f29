import { redirect, type RedirectOptions, type RegisteredRouter } from "@tanstack/react-router";
import type { SessionView } from "../api/types.ts";
import type { SessionStage } from "../api/vocabulary.ts";
import { safeRedirect } from "./safe-redirect.ts";
import { ensureSession } from "./session-loader.ts";
import { stagePath } from "./stage-paths.ts";

/** Search params that carry the page to return to through the sign-in stages. */
export interface RedirectSearch {
  redirect?: string;
}

export function redirectSearch(target: string | undefined): RedirectSearch {
  const safe = safeRedirect(target);
  return safe === undefined ? {} : { redirect: safe };
}

/**
 * Leaves the route for another. The router's redirect value is not an Error, so it throws it
 * itself (`throw: true`); the last line only tells the compiler that control ends here.
 */
export function leaveTo<const TTo extends string | undefined>(
  options: RedirectOptions<RegisteredRouter, string, TTo, string, "">,
): never {
  redirect<RegisteredRouter, TTo>({ ...options, throw: true });
  throw new Error("redirect() did not throw");
}

function toStagePage(session: SessionView, target: string | undefined): never {
  const path = stagePath(session.stage);
  if (path === null) leaveTo({ href: safeRedirect(target) ?? "/", replace: true });
  leaveTo({ to: path, search: redirectSearch(target), replace: true });
}

/** For the pages of the app: an active session, else sign-in or the unfinished stage. */
export async function requireActiveSession(currentHref: string): Promise<SessionView> {
  const session = await ensureSession();
  if (session === null) leaveTo({ to: "/sign-in", search: redirectSearch(currentHref), replace: true });
  if (session.stage !== "active") toStagePage(session, currentHref);
  return session;
}

/** For a sign-in stage page: a session in exactly that stage. */
export async function requireStage(stage: SessionStage, target: string | undefined): Promise<SessionView> {
  const session = await ensureSession();
  if (session === null) leaveTo({ to: "/sign-in", search: redirectSearch(target), replace: true });
  if (session.stage !== stage) toStagePage(session, target);
  return session;
}

/** For the sign-in page: anyone without a session; a signed-in visitor moves on. */
export async function requireNoSession(target: string | undefined): Promise<void> {
  const session = await ensureSession();
  if (session !== null) toStagePage(session, target);
}
