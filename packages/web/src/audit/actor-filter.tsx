import { Select, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import { hasAnyPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";

interface ActorFilterProps {
  value: string | null;
  onChange: (value: string | null) => void;
}

/** Pick the actor by name when the session may list users; otherwise type the user id. */
export function ActorFilter({ value, onChange }: ActorFilterProps) {
  const { t } = useTranslation();
  const session = useSession();
  const canListUsers = hasAnyPermission(session, ["user.read", "user.manage"]);
  const users = useQuery({
    queryKey: queryKeys.userList({ status: "all" }),
    queryFn: () => api.listUsers({ status: "all" }),
    enabled: canListUsers,
  });

  if (!canListUsers || users.isError) {
    return (
      <TextInput
        label={t("audit.fields.actorId")}
        value={value ?? ""}
        onChange={(event) => {
          onChange(event.currentTarget.value === "" ? null : event.currentTarget.value);
        }}
        spellCheck={false}
      />
    );
  }
  return (
    <Select
      label={t("audit.fields.actor")}
      placeholder={t("common.all")}
      data={(users.data?.items ?? []).map((user) => ({
        value: user.id,
        label: `${user.fullName} (${user.email})`,
      }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      disabled={users.isPending}
    />
  );
}
