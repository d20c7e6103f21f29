import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import type { Screening } from "../api/types.ts";
import { draftSaverFor } from "./draft-registry.ts";
import type { SaveStatus } from "./draft-saver.ts";
import { applyPending, type DraftState, type PendingChanges } from "./pending-changes.ts";

export interface ScreeningDraft {
  /** The screening as the screener sees it: the server's copy with unsaved changes on top. */
  state: DraftState;
  status: SaveStatus;
  /** Answers the server refused as outside the indicator set (after a pathway change). */
  discarded: number;
  change: (changes: PendingChanges) => void;
  /** Sends the pending changes now; true when the server holds them all. */
  flush: () => Promise<boolean>;
  retryNow: () => void;
  /** The version the next request must carry. */
  version: () => number;
}

/**
 * The draft being screened, saved through its `DraftSaver`: at each step (the flow calls
 * `flush`), again when the connection returns, and when the page is hidden (a phone switching
 * apps). Leaving the page with unsaved changes asks first.
 */
export function useScreeningDraft(screening: Screening): ScreeningDraft {
  const queryClient = useQueryClient();
  const saver = useMemo(() => draftSaverFor(screening, queryClient), [screening, queryClient]);
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot);

  useEffect(() => {
    saver.observeVersion(screening.version);
  }, [saver, screening.version]);

  useEffect(() => {
    // Changes kept from before a reload, or from a save that was refused while signed out.
    void saver.flush();
    const retry = () => void saver.retryNow();
    const onHide = () => {
      if (document.visibilityState === "hidden") void saver.flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (saver.hasUnsaved()) event.preventDefault();
    };
    window.addEventListener("online", retry);
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("online", retry);
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [saver]);

  const state = useMemo(() => applyPending(screening, snapshot.pending), [screening, snapshot.pending]);
  const change = useCallback((changes: PendingChanges) => saver.change(changes), [saver]);
  const flush = useCallback(() => saver.flush(), [saver]);
  const retryNow = useCallback(() => void saver.retryNow(), [saver]);
  const version = useCallback(() => saver.currentVersion(), [saver]);

  return { state, status: snapshot.status, discarded: snapshot.discarded, change, flush, retryNow, version };
}
