import type { QueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Screening } from "../api/types.ts";
import { DraftSaver } from "./draft-saver.ts";
import { forgetAllPending, readPending, storePending } from "./draft-storage.ts";

/**
 * One saver per draft for the life of the page, not of the screen: a screener who leaves the
 * flow while offline keeps the changes (notes included) and they are still sent when the
 * connection returns.
 */
const savers = new Map<string, DraftSaver<Screening>>();

export function draftSaverFor(screening: Screening, queryClient: QueryClient): DraftSaver<Screening> {
  const existing = savers.get(screening.id);
  if (existing !== undefined) return existing;
  const id = screening.id;
  const saver = new DraftSaver<Screening>({
    version: screening.version,
    catalogueVersion: screening.catalogue.version,
    initial: readPending(id),
    save: (body) => api.saveScreening(id, body),
    reload: () => api.getScreening(id),
    onServerCopy: (copy) => {
      queryClient.setQueryData(queryKeys.screening(id), copy);
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.screenings, "list"] });
    },
    isClosed: (copy) => copy.status === "completed",
    persist: (pending) => {
      storePending(id, pending);
    },
  });
  savers.set(id, saver);
  return saver;
}

/** Whether a draft has changes the server has not confirmed. */
export function hasUnsavedChanges(screeningId: string): boolean {
  return savers.get(screeningId)?.hasUnsaved() ?? false;
}

export function anyUnsavedChanges(): boolean {
  return [...savers.values()].some((saver) => saver.hasUnsaved());
}

/** The draft is completed: its saver has nothing left to do. */
export function releaseDraft(screeningId: string): void {
  savers.get(screeningId)?.dispose();
  savers.delete(screeningId);
  storePending(screeningId, {});
}

/** At sign-out: nothing of the drafts stays in this tab for the next person. */
export function forgetAllDrafts(): void {
  for (const saver of savers.values()) saver.dispose();
  savers.clear();
  forgetAllPending();
}
