import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type {
  Case,
  CaseQuery,
  CaseSearchRequest,
  ChangeStageRequest,
  ChangeStatusRequest,
  OpenCaseRequest,
  UpdateCaseRequest,
} from "../api/types.ts";

export function useCaseList(query: CaseQuery) {
  return useQuery({
    queryKey: queryKeys.caseList(query),
    queryFn: () => api.listCases(query),
    placeholderData: keepPreviousData,
  });
}

/** One case; every load is an audited read on the server, so it is not refetched on a whim. */
export function useCase(id: string) {
  return useQuery({ queryKey: queryKeys.case(id), queryFn: () => api.getCase(id) });
}

export function useCaseHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.caseHistory(id),
    queryFn: () => api.getCaseHistory(id),
    enabled,
  });
}

export function useCaseload() {
  return useQuery({ queryKey: queryKeys.caseload, queryFn: () => api.getCaseload() });
}

/** Pathways are configuration: they change rarely. */
export function useNrmPathways() {
  return useQuery({
    queryKey: queryKeys.nrmPathways,
    queryFn: () => api.listNrmPathways(),
    staleTime: 5 * 60_000,
  });
}

export function useSearchBeforeCreate() {
  return useMutation({ mutationFn: (body: CaseSearchRequest) => api.searchBeforeCreate(body) });
}

export function useOpenCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenCaseRequest) => api.openCase(body),
    onSuccess: (opened: Case) => {
      queryClient.setQueryData(queryKeys.case(opened.id), opened);
      return queryClient.invalidateQueries({ queryKey: queryKeys.cases, refetchType: "none" });
    },
  });
}

/** After a write answered with the case: keep it, and mark every other case query stale. */
function useCaseWriteSuccess(id: string) {
  const queryClient = useQueryClient();
  return async (updated: Case) => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.cases, refetchType: "none" });
    queryClient.setQueryData(queryKeys.case(id), updated);
  };
}

export function useUpdateCase(id: string) {
  const onSuccess = useCaseWriteSuccess(id);
  return useMutation({ mutationFn: (body: UpdateCaseRequest) => api.updateCase(id, body), onSuccess });
}

export function useChangeCaseStatus(id: string) {
  const onSuccess = useCaseWriteSuccess(id);
  return useMutation({
    mutationFn: (body: ChangeStatusRequest) => api.changeCaseStatus(id, body),
    onSuccess,
  });
}

export function useChangeCaseStage(id: string) {
  const onSuccess = useCaseWriteSuccess(id);
  return useMutation({ mutationFn: (body: ChangeStageRequest) => api.changeCaseStage(id, body), onSuccess });
}

/**
 * A write to a part of a case (event, plan, consent, task…): the server answers with the
 * part's id only, so the case is loaded again. Referrals follow when consent changes.
 */
export function useCasePartMutation<TInput>(
  caseId: string,
  run: (input: TInput) => Promise<unknown>,
  options: { affectsReferrals?: boolean } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.cases, refetchType: "none" }),
        options.affectsReferrals === true
          ? queryClient.invalidateQueries({ queryKey: queryKeys.referrals })
          : Promise.resolve(),
      ]),
  });
}

/**
 * Saves a record of a case's part from its form: adds it, or changes it with the version read
 * (the server answers 409 when someone changed it meanwhile).
 */
export function useSaveCasePart<TBody>(
  caseId: string,
  record: { id: string; version: number } | undefined,
  add: (caseId: string, body: TBody) => Promise<unknown>,
  update: (caseId: string, partId: string, body: TBody & { version: number }) => Promise<unknown>,
) {
  return useCasePartMutation(caseId, (body: TBody) =>
    record === undefined
      ? add(caseId, body)
      : update(caseId, record.id, { ...body, version: record.version }),
  );
}
