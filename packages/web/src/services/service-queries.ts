import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { CreateServiceRequest, ServiceQuery, UpdateServiceRequest } from "../api/types.ts";

export function useServiceList(query: ServiceQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.serviceList(query),
    queryFn: () => api.listServices(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateServiceRequest) => api.createService(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.services }),
  });
}

export function useUpdateService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateServiceRequest }) => api.updateService(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.services }),
  });
}
