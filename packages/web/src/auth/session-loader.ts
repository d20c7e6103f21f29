import { isApiError } from "../api/api-error.ts";
import { api } from "../api/client.ts";
import type { SessionView } from "../api/types.ts";
import { clearSession, getSessionState, storeSession } from "./session-store.ts";

let pending: Promise<SessionView | null> | null = null;

/**
 * Resolves the current session, asking the server only the first time (page load). A 401
 * means "not signed in"; other failures propagate so that the page can show them.
 */
export function ensureSession(): Promise<SessionView | null> {
  const state = getSessionState();
  if (state.status === "signed-in") return Promise.resolve(state.session);
  if (state.status === "anonymous") return Promise.resolve(null);
  pending ??= api.getSession().then(
    (session) => {
      storeSession(session);
      return session;
    },
    (error: unknown) => {
      pending = null;
      if (isApiError(error) && error.status === 401) {
        clearSession();
        return null;
      }
      throw error;
    },
  );
  return pending;
}

/** Asks the server again (after a `second_factor_required` answer, or to stay signed in). */
export async function refreshSession(): Promise<SessionView> {
  const session = await api.getSession();
  storeSession(session);
  return session;
}
