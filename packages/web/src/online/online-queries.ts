import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { AdUploadQuery, Network, NetworkDecisionRequest, NetworkQuery } from "../api/types.ts";

export function useNetworkList(query: NetworkQuery) {
  return useQuery({
    queryKey: queryKeys.networkList(query),
    queryFn: () => api.listNetworks(query),
    placeholderData: keepPreviousData,
  });
}

/** One network; every load is an audited read on the server, so it is not refetched on a whim. */
export function useNetwork(id: string) {
  return useQuery({
    queryKey: queryKeys.network(id),
    queryFn: () => api.getNetwork(id),
    refetchOnWindowFocus: false,
  });
}

export function useDecideNetwork(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NetworkDecisionRequest) => api.decideNetwork(id, body),
    onSuccess: async (updated: Network) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.online, refetchType: "none" });
      queryClient.setQueryData(queryKeys.network(id), updated);
    },
  });
}

export function useAdBatches() {
  return useQuery({ queryKey: queryKeys.adBatches, queryFn: () => api.listAdBatches() });
}

export function useUploadAdBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ query, file, contentType }: { query: AdUploadQuery; file: Blob; contentType: string }) =>
      api.uploadAdBatch(query, file, contentType),
    // A failed upload is recorded too: the list changes either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.online }),
  });
}

/** Settings change rarely. Without an organisation: the signed-in user's own. */
export function useOnlineSettings(organisationId?: string) {
  return useQuery({
    queryKey: queryKeys.onlineSettings(organisationId),
    queryFn: () => api.getOnlineSettings(organisationId),
    staleTime: 5 * 60_000,
  });
}

export function useSetOnlineSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Parameters<typeof api.setOnlineSettings>[0]) => api.setOnlineSettings(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["online", "settings"] }),
  });
}
