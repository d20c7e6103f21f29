import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { ReferralQuery, ReferRequest, Referral, RespondRequest } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";

export function useReferralList(query: ReferralQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.referralList(query),
    queryFn: () => api.listReferrals(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The referrals made for one case (only its holder, with `referral.create`, may list them). */
export function useCaseReferrals(caseId: string) {
  const session = useSession();
  return useReferralList({ box: "outgoing", caseId }, hasPermission(session, "referral.create"));
}

/** A referral changes who may read a case: the case queries and the caseload follow. */
function useInvalidateReferrals() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.referrals }),
      queryClient.invalidateQueries({ queryKey: queryKeys.cases }),
    ]);
}

export function useReferCase(caseId: string) {
  const invalidate = useInvalidateReferrals();
  return useMutation({
    mutationFn: (body: ReferRequest) => api.referCase(caseId, body),
    onSuccess: invalidate,
  });
}

export function useRespondToReferral() {
  const invalidate = useInvalidateReferrals();
  return useMutation({
    mutationFn: ({ referral, body }: { referral: Referral; body: Omit<RespondRequest, "version"> }) =>
      api.respondToReferral(referral.id, { ...body, version: referral.version }),
    onSuccess: invalidate,
  });
}

export function useRevokeReferral() {
  const invalidate = useInvalidateReferrals();
  return useMutation({
    mutationFn: (referral: Referral) => api.revokeReferral(referral.id, referral.version),
    onSuccess: invalidate,
  });
}
