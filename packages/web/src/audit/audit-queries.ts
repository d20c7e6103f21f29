import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { AuditQuery } from "../api/types.ts";

const PAGE_SIZE = 50;

/** The audit log, newest first, as one list of entries fetched 50 at a time ("load more" asks for older ones). */
export function useAuditLog(filters: Omit<AuditQuery, "limit" | "before">) {
  return useInfiniteQuery({
    queryKey: queryKeys.auditList(filters),
    queryFn: ({ pageParam }) =>
      api.listAudit({ ...filters, limit: PAGE_SIZE, ...(pageParam === null ? {} : { before: pageParam }) }),
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
    select: (data) => data.pages.flatMap((page) => page.items),
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: api.verifyAudit });
}
