import { Badge, Button, Group, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { QueryError } from "../shell/query-error.tsx";
import { AppModal } from "../ui/app-modal.tsx";
import { LoadingState } from "../ui/loading-state.tsx";
import { notifySuccess } from "../ui/notify.ts";
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
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3">
          {t("roles.title")}
        </Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={edit.openCreate}>
          {t("roles.create")}
        </Button>
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <QueryError
          error={list.error}
          onRetry={() => {
            void list.refetch();
          }}
        />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("roles.fields.name")}</Table.Th>
                <Table.Th scope="col">{t("roles.fields.scope")}</Table.Th>
                <Table.Th scope="col">{t("roles.fields.permissions")}</Table.Th>
                <Table.Th scope="col">{t("roles.fields.secondFactor")}</Table.Th>
                <Table.Th scope="col">{t("roles.fields.users")}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((role) => (
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
