import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AppModal } from "../ui/app-modal.tsx";
import { DataTable } from "../ui/data-table.tsx";
import { notifySuccess } from "../ui/notify.ts";
import { QueryState } from "../ui/query-state.tsx";
import { AdminSectionHeader } from "./admin-section-header.tsx";
import { useEditTarget } from "./edit-state.ts";
import { RoleForm } from "./role-form.tsx";
import { usePermissionList, useRoleList } from "./role-queries.ts";

export function RolesPage() {
  const { t } = useTranslation();
  const list = useRoleList();
  const permissions = usePermissionList();
  const edit = useEditTarget();
  const editing = edit.find(list.data?.items);
  const formOpen = edit.target.mode === "create" || editing !== undefined;

  return (
    <>
      <AdminSectionHeader
        title={t("roles.title")}
        createLabel={t("roles.create")}
        onCreate={edit.openCreate}
      />
      <QueryState query={list}>
        {(data) => (
          <DataTable
            minWidth={760}
            columns={[
              { label: t("roles.fields.name") },
              { label: t("roles.fields.scope") },
              { label: t("roles.fields.permissions") },
              { label: t("roles.fields.secondFactor") },
              { label: t("roles.fields.users") },
              { label: t("common.actions"), visuallyHidden: true },
            ]}
          >
            {data.items.map((role) => (
              <Table.Tr key={role.id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text fw={500} size="sm">
                      {role.name}
                    </Text>
                    {role.builtIn && (
                      <Badge variant="light" color="gray" size="sm">
                        {t("roles.builtIn")}
                      </Badge>
                    )}
                  </Group>
                  <Text ff="monospace" size="xs" c="dimmed">
                    {role.key}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`roles.scopes.${role.scope}.label`)}</Table.Td>
                <Table.Td>{t("roles.permissionCount", { count: role.permissions.length })}</Table.Td>
                <Table.Td>{role.requiresSecondFactor ? t("common.yes") : t("common.no")}</Table.Td>
                <Table.Td>{role.userCount}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => {
                      edit.openEdit(role.id);
                    }}
                    aria-label={t(role.builtIn ? "common.viewThing" : "common.editThing", {
                      thing: role.name,
                    })}
                  >
                    {role.builtIn ? t("common.view") : t("common.edit")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </QueryState>
      <AppModal
        opened={formOpen}
        onClose={edit.close}
        title={editing === undefined ? t("roles.create") : editing.name}
        size="xl"
      >
        {formOpen && (
          <RoleForm
            key={editing === undefined ? "new" : `${editing.id}:${String(editing.version)}`}
            {...(editing === undefined ? {} : { role: editing })}
            permissions={permissions.data?.items ?? []}
            onCancel={edit.close}
            onReload={() => {
              void list.refetch();
            }}
            onDone={(saved) => {
              edit.close();
              notifySuccess(t("roles.saved", { name: saved.name }));
            }}
          />
        )}
      </AppModal>
    </>
  );
}
