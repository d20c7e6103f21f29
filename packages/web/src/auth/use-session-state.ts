import { useSyncExternalStore } from "react";
import { getSessionState, subscribeSession, type SessionState } from "./session-store.ts";

/** The session as the whole app sees it; re-renders when it changes. */
export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState);
}
