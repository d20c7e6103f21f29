import { useSession } from "../auth/session-context.tsx";
import { hasPermission } from "../auth/permissions.ts";
import { useOrganisationList } from "./organisation-queries.ts";

export interface Option {
  value: string;
  label: string;
}

/**
 * Organisations a user can be placed in: the list when the session may read organisations,
 * else only the administrator's own organisation.
 */
export function useOrganisationOptions(): { options: Option[]; loading: boolean } {
  const session = useSession();
  const canRead =
    hasPermission(session, "organisation.read") || hasPermission(session, "organisation.manage");
  const list = useOrganisationList({}, canRead);
  if (!canRead || list.isError) {
    return {
      options: [{ value: session.user.organisationId, label: session.user.organisationName }],
      loading: false,
    };
  }
  return {
    options: (list.data?.items ?? []).map((organisation) => ({
      value: organisation.id,
      label: organisation.org_Name,
    })),
    loading: list.isPending,
  };
}
