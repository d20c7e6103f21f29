import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { ErasureRequest, ErasureRequestQuery } from "../api/types.ts";

export function useRetentionPolicy(organisationId: string) {
  return useQuery({
    queryKey: queryKeys.retentionPolicy(organisationId),
    queryFn: () => api.getRetentionPolicy(organisationId),
  });
}

export function useSetRetentionPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Parameters<typeof api.setRetentionPolicy>[0]) => api.setRetentionPolicy(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["retention-policy"] }),
  });
}

export function useErasureRequests(query: ErasureRequestQuery) {
  return useQuery({
    queryKey: queryKeys.erasureRequestList(query),
    queryFn: () => api.listErasureRequests(query),
    placeholderData: keepPreviousData,
  });
}

/** Approving erases the case at once: every case query follows. */
export function useDecideErasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, approve, note }: { request: ErasureRequest; approve: boolean; note: string }) =>
      api.decideErasure(request.id, {
        version: request.version,
        approve,
        ...(note.trim() === "" ? {} : { note: note.trim() }),
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.erasureRequests }),
        queryClient.invalidateQueries({ queryKey: queryKeys.cases }),
      ]),
  });
}
