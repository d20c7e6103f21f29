import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type {
  CreateOrganisationRequest,
  OrganisationQuery,
  UpdateOrganisationRequest,
} from "../api/types.ts";

export function useOrganisationList(query: OrganisationQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.organisationList(query),
    queryFn: () => api.listOrganisations(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) => api.createOrganisation(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.organisations }),
  });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateOrganisationRequest }) =>
      api.updateOrganisation(id, body),
    // Users show their organisation's name: refresh them too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.organisations }),
        queryClient.invalidateQueries({ queryKey: queryKeys.users }),
      ]),
  });
}
