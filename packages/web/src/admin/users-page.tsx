import { Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { USER_STATUSES, type UserStatusFilter } from "../api/vocabulary.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { AppModal } from "../ui/app-modal.tsx";
import { DataTable } from "../ui/data-table.tsx";
import { notifySuccess } from "../ui/notify.ts";
import { QueryState } from "../ui/query-state.tsx";
import { AdminSectionHeader } from "./admin-section-header.tsx";
import { useEditTarget } from "./edit-state.ts";
import { useRoleList } from "./role-queries.ts";
import { useOrganisationOptions } from "./use-organisation-options.ts";
import { UserActions } from "./user-actions.tsx";
import { UserBadges } from "./user-badges.tsx";
import { UserForm } from "./user-form.tsx";
import { useUserList } from "./user-queries.ts";

function isStatus(value: string | null): value is UserStatusFilter {
  return USER_STATUSES.some((status) => status === value);
}

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [search, setSearch] = useState("");
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [roleId, setRoleId] = useState<string | null>(null);
  const [status, setStatus] = useState<UserStatusFilter>("active");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const organisations = useOrganisationOptions();
  const roles = useRoleList();
  const list = useUserList({
    status,
    ...(debouncedSearch === "" ? {} : { search: debouncedSearch }),
    ...(organisationId === null ? {} : { organisationId }),
    ...(roleId === null ? {} : { roleId }),
  });
  const edit = useEditTarget();
  const editing = edit.find(list.data?.items);
  const formOpen = edit.target.mode === "create" || editing !== undefined;

  return (
    <>
      <AdminSectionHeader
        title={t("users.title")}
        createLabel={t("users.create")}
        onCreate={edit.openCreate}
      />
      <Group mb="md" align="flex-end" gap="sm">
        <TextInput
          label={t("common.search")}
          description={t("users.searchHelp")}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
          }}
          w={{ base: "100%", xs: 240 }}
        />
        <Select
          label={t("users.fields.organisation")}
          placeholder={t("common.all")}
          data={organisations.options}
          value={organisationId}
          onChange={setOrganisationId}
          searchable
          clearable
          w={{ base: "100%", xs: 220 }}
        />
        <Select
          label={t("users.fields.role")}
          placeholder={t("common.all")}
          data={(roles.data?.items ?? []).map((role) => ({ value: role.id, label: role.name }))}
          value={roleId}
          onChange={setRoleId}
          clearable
          w={{ base: "100%", xs: 200 }}
        />
        <Select
          label={t("common.status")}
          data={USER_STATUSES.map((value) => ({ value, label: t(`users.status.${value}`) }))}
          value={status}
          onChange={(value) => {
            if (isStatus(value)) setStatus(value);
          }}
          allowDeselect={false}
          w={{ base: "100%", xs: 160 }}
        />
      </Group>
      <QueryState query={list} isEmpty={(data) => data.items.length === 0} empty={t("users.empty")}>
        {(data) => (
          <DataTable
            minWidth={860}
            columns={[
              { label: t("users.fields.fullName") },
              { label: t("users.fields.organisation") },
              { label: t("users.fields.role") },
              { label: t("common.status") },
              { label: t("users.fields.lastLogin") },
              { label: t("common.actions"), visuallyHidden: true },
            ]}
          >
            {data.items.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text fw={500} size="sm">
                      {user.fullName}
                    </Text>
                    <Text c="dimmed" size="xs">
                      {user.email}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>{user.organisationName}</Table.Td>
                <Table.Td>{user.roleName}</Table.Td>
                <Table.Td>
                  <UserBadges user={user} now={list.dataUpdatedAt} />
                </Table.Td>
                <Table.Td>
                  {user.lastLoginAt === null ? t("users.neverSignedIn") : format.dateTime(user.lastLoginAt)}
                </Table.Td>
                <Table.Td ta="right">
                  <UserActions
                    user={user}
                    now={list.dataUpdatedAt}
                    onEdit={() => {
                      edit.openEdit(user.id);
                    }}
                    onReload={() => {
                      void list.refetch();
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </QueryState>
      <AppModal
        opened={formOpen}
        onClose={edit.close}
        title={editing === undefined ? t("users.create") : t("users.edit", { name: editing.fullName })}
        size="lg"
      >
        {formOpen && (
          <UserForm
            key={editing === undefined ? "new" : `${editing.id}:${String(editing.version)}`}
            {...(editing === undefined ? {} : { user: editing })}
            onCancel={edit.close}
            onReload={() => {
              void list.refetch();
            }}
            onDone={(saved) => {
              edit.close();
              notifySuccess(t("users.saved", { name: saved.fullName }));
            }}
          />
        )}
      </AppModal>
    </>
  );
}
