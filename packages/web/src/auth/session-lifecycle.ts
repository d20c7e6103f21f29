import type { QueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/api-error.ts";
import { api } from "../api/client.ts";
import { installHttpSessionHooks } from "../api/http.ts";
import { forgetAllDrafts } from "../identify/draft-registry.ts";
import type { RegisteredRouter } from "@tanstack/react-router";
import { redirectSearch } from "./route-guards.ts";
import { refreshSession } from "./session-loader.ts";
import {
  clearSession,
  getSession,
  getSessionState,
  recordActivity,
  type SessionEndReason,
} from "./session-store.ts";

interface Dependencies {
  router: RegisteredRouter;
  queryClient: QueryClient;
}

let dependencies: Dependencies | null = null;

/** Connects the HTTP layer to the session: CSRF header, idle timer, and reactions to 401s. */
export function installSessionHandling(next: Dependencies): void {
  dependencies = next;
  installHttpSessionHooks({
    getCsrfToken: () => getSession()?.csrfToken ?? null,
    onActivity: () => {
      recordActivity();
    },
    onAuthFailure: (code) => {
      if (code === "unauthenticated") endSession("expired");
      else void returnToSignInStage();
    },
  });
}

/**
 * Forgets the session on this page: drops every cached record (they may hold personal data)
 * and goes to the sign-in page, which explains why. After an expiry the user comes back here,
 * so unsaved screening changes are kept for them; a sign-out forgets those too.
 */
export function endSession(reason: SessionEndReason): void {
  if (dependencies === null) return;
  const { router, queryClient } = dependencies;
  if (reason === "expired" && getSessionState().status !== "signed-in") return;
  const current = router.state.location.href;
  clearSession();
  queryClient.clear();
  if (reason !== "expired") forgetAllDrafts();
  void router.navigate({
    to: "/sign-in",
    search: { reason, ...(reason === "expired" ? redirectSearch(current) : {}) },
    replace: true,
  });
}

/** The idle deadline passed on this page: tell the server too, then leave. */
export function expireSession(): void {
  void api.logout().catch(() => undefined);
  endSession("expired");
}

/** Signs out on the server (best effort: the session is forgotten here whatever it answers). */
export async function signOut(): Promise<void> {
  try {
    await api.logout();
  } catch {
    // The server session may already be gone; there is nothing else to do.
  }
  endSession("signed-out");
}

/** Ends every session of this user on every device; errors reach the caller. */
export async function signOutEverywhere(): Promise<void> {
  await api.logoutEverywhere();
  endSession("signed-out-everywhere");
}

/** The server wants a second factor first: reload the session so the guards send us there. */
async function returnToSignInStage(): Promise<void> {
  if (dependencies === null) return;
  try {
    await refreshSession();
    await dependencies.router.invalidate();
  } catch (error) {
    if (isApiError(error) && error.status === 401) endSession("expired");
  }
}
