import { createContext, useContext, type ReactNode } from "react";
import type { SessionView } from "../api/types.ts";

const SessionContext = createContext<SessionView | null>(null);

/** Provides the active session to the pages of the app shell (which only renders with one). */
export function SessionProvider({ session, children }: { session: SessionView; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The active session; only for components inside the app shell. */
export function useSession(): SessionView {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSession() used outside the signed-in app shell");
  return session;
}
