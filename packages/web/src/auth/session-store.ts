import type { SessionView } from "../api/types.ts";

/** Why the user is on the sign-in page without a session; shown there as a message. */
export type SessionEndReason = "expired" | "signed-out" | "signed-out-everywhere";

export type SessionState =
  | { status: "unknown" }
  | { status: "anonymous" }
  | {
      status: "signed-in";
      session: SessionView;
      /** Client-clock time (ms) at which the server will end the session for inactivity. */
      idleDeadline: number;
      /** Client-clock time (ms) after which the session ends whatever the activity. */
      absoluteDeadline: number;
    };

type Listener = () => void;

let state: SessionState = { status: "unknown" };
const listeners = new Set<Listener>();

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getSessionState(): SessionState {
  return state;
}

export function getSession(): SessionView | null {
  return state.status === "signed-in" ? state.session : null;
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Stores a session the server just sent. The deadlines are moved onto the client's clock:
 * the server's idle deadline was `idleTimeoutSeconds` after its "now", so the offset between
 * the clocks cancels out.
 */
export function storeSession(session: SessionView, receivedAt: number = Date.now()): void {
  const serverIdle = Date.parse(session.idleExpiresAt);
  const serverAbsolute = Date.parse(session.absoluteExpiresAt);
  const serverNow = serverIdle - session.idleTimeoutSeconds * 1000;
  // Near the absolute end the idle deadline is capped and says nothing about the server's clock.
  const usable = Number.isFinite(serverNow) && serverIdle < serverAbsolute;
  const skew = usable ? receivedAt - serverNow : 0;
  const absoluteDeadline = Number.isFinite(serverAbsolute) ? serverAbsolute + skew : Number.POSITIVE_INFINITY;
  publish({
    status: "signed-in",
    session,
    idleDeadline: Math.min(receivedAt + session.idleTimeoutSeconds * 1000, absoluteDeadline),
    absoluteDeadline,
  });
}

/** A request with the session cookie succeeded: the server slid its idle timer. */
export function recordActivity(at: number = Date.now()): void {
  if (state.status !== "signed-in") return;
  const idleDeadline = Math.min(at + state.session.idleTimeoutSeconds * 1000, state.absoluteDeadline);
  // Avoid waking every subscriber on each request when the deadline barely moves.
  if (idleDeadline - state.idleDeadline < 1000) return;
  publish({ ...state, idleDeadline });
}

export function clearSession(): void {
  publish({ status: "anonymous" });
}
