import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type {
  CreateReleaseRequest,
  CreateSyntheticRequest,
  StatImportQuery,
  StatTablesQuery,
} from "../api/types.ts";

export function useStatDatasets() {
  return useQuery({ queryKey: queryKeys.statDatasets, queryFn: () => api.listStatDatasets() });
}

/**
 * The tables of one year. An exact view is an audited read on the server: it is not refetched
 * on a whim (window focus), and the previous year stays on screen while the next one loads.
 */
export function useStatTables(query: StatTablesQuery | null) {
  return useQuery({
    queryKey: queryKeys.statTables(query ?? { datasetId: "", year: 0 }),
    queryFn: () => (query === null ? Promise.reject(new Error("no dataset")) : api.getStatTables(query)),
    enabled: query !== null,
    // The previous figures stay while the next load, unless exact and protected would mix.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].exact === query?.exact ? keepPreviousData(previous) : undefined,
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });
}

export function useReleases() {
  return useQuery({ queryKey: queryKeys.statReleases, queryFn: () => api.listReleases() });
}

export function usePublicReleases() {
  return useQuery({ queryKey: queryKeys.publicReleases, queryFn: () => api.listPublicReleases() });
}

/** A release spends budget: the datasets (their spend) and the releases are reloaded. */
export function useCreateRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReleaseRequest) => api.createRelease(body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.stats }),
        queryClient.invalidateQueries({ queryKey: queryKeys.publicReleases }),
      ]),
  });
}

export function useImportStatDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ query, file }: { query: StatImportQuery; file: Blob }) =>
      api.importStatDataset(query, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.statDatasets }),
  });
}

/** The published figures of an imported aggregate dataset: they never change once imported. */
export function useStatAggregates(datasetId: string) {
  return useQuery({
    queryKey: queryKeys.statAggregates(datasetId),
    queryFn: () => api.getStatAggregates(datasetId),
    staleTime: Infinity,
  });
}

export function useSyntheticReleases() {
  return useQuery({ queryKey: queryKeys.statSynthetic, queryFn: () => api.listSynthetic() });
}

/** A DP synthesis spends budget: the datasets (their spend) and the syntheses are reloaded. */
export function useCreateSynthetic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSyntheticRequest) => api.createSynthetic(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.stats }),
  });
}

/**
 * The risk report of one synthesis, for holders of stats.exact only (each read is audited, so
 * it is loaded once, on request, and kept).
 */
export function useSyntheticRisk(id: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.statSyntheticRisk(id),
    queryFn: () => api.getSyntheticRisk(id),
    enabled,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
