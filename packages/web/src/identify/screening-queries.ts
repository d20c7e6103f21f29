import { parseCatalogue, type Catalogue, type ScreenerRole } from "@ariadne/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Screening, ScreeningQuery } from "../api/types.ts";
import { currentLanguage } from "../i18n/i18n.ts";

export function useScreeningList(query: ScreeningQuery) {
  return useQuery({ queryKey: queryKeys.screeningList(query), queryFn: () => api.listScreenings(query) });
}

export function useScreening(id: string) {
  return useQuery({ queryKey: queryKeys.screening(id), queryFn: () => api.getScreening(id) });
}

/** A catalogue version, checked as any catalogue is before the engine reads it. */
export function useScreeningCatalogue(ref: { id: string; version: string } | undefined) {
  return useQuery({
    queryKey: queryKeys.screeningCatalogue(ref?.id ?? "", ref?.version ?? ""),
    queryFn: async (): Promise<Catalogue> => {
      if (ref === undefined) throw new Error("No catalogue to load");
      const parsed = parseCatalogue(await api.getScreeningCatalogue(ref.id, ref.version));
      if (!parsed.ok) throw new Error(`Catalogue ${ref.id} ${ref.version} is not valid`);
      return parsed.value;
    },
    enabled: ref !== undefined,
    // A version never changes once loaded.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

/** Starts a draft, asked in the interface language. */
export function useStartScreening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (screenerRole: ScreenerRole) =>
      api.createScreening({ screenerRole, language: currentLanguage() }),
    onSuccess: (screening: Screening) => {
      queryClient.setQueryData(queryKeys.screening(screening.id), screening);
      return queryClient.invalidateQueries({ queryKey: queryKeys.screenings });
    },
  });
}
