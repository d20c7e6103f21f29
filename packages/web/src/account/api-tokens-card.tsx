import { Badge, Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message.ts";
import type { ApiToken } from "../api/types.ts";
import { permissionLabel } from "../forms/permission-label.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { AppModal } from "../ui/app-modal.tsx";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { DataTable } from "../ui/data-table.tsx";
import { notifySuccess, notifyFailure } from "../ui/notify.ts";
import { QueryState } from "../ui/query-state.tsx";
import { CreateTokenForm } from "./create-token-form.tsx";
import { useRevokeToken, useTokenList } from "./token-queries.ts";
import { tokenStatus, type TokenStatus } from "./token-status.ts";

const STATUS_COLOURS: Record<TokenStatus, string> = { active: "teal", expired: "gray", revoked: "red" };

export function ApiTokensCard() {
  const { t } = useTranslation();
  const format = useFormatters();
  const list = useTokenList();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t("account.tokens.title")}
        </Title>
        <Button
          size="sm"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => {
            setCreating(true);
          }}
        >
          {t("account.tokens.create")}
        </Button>
      </Group>
      <Text size="sm" mb="sm">
        {t("account.tokens.intro")}
      </Text>
      <QueryState
        query={list}
        isEmpty={(data) => data.items.length === 0}
        empty={t("account.tokens.empty")}
        emptySize="sm"
      >
        {(data) => (
          <DataTable
            minWidth={720}
            highlightOnHover={false}
            columns={[
              { label: t("account.tokens.name") },
              { label: t("account.tokens.permissions") },
              { label: t("account.tokens.created") },
              { label: t("account.tokens.expires") },
              { label: t("account.tokens.lastUsed") },
              { label: t("common.status") },
              { label: t("common.actions"), visuallyHidden: true },
            ]}
          >
            {data.items.map((token) => {
              const status = tokenStatus(token, list.dataUpdatedAt);
              return (
                <Table.Tr key={token.id}>
                  <Table.Td fw={500}>{token.name}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {token.permissions.map((key) => permissionLabel(t, key)).join(", ")}
                    </Text>
                  </Table.Td>
                  <Table.Td>{format.date(token.createdAt)}</Table.Td>
                  <Table.Td>{format.date(token.expiresAt)}</Table.Td>
                  <Table.Td>
                    {token.lastUsedAt === null
                      ? t("account.tokens.neverUsed")
                      : format.dateTime(token.lastUsedAt)}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOURS[status]}>
                      {t(`account.tokens.status.${status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {status === "active" && (
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        onClick={() => {
                          setRevoking(token);
                        }}
                        aria-label={t("account.tokens.revokeThing", { name: token.name })}
                      >
                        {t("account.tokens.revoke")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
      </QueryState>
      <AppModal
        opened={creating}
        onClose={() => {
          setCreating(false);
        }}
        title={t("account.tokens.createTitle")}
        size="lg"
        closeOnClickOutside={false}
      >
        {creating && (
          <CreateTokenForm
            onClose={() => {
              setCreating(false);
            }}
          />
        )}
      </AppModal>
      <ConfirmDialog
        opened={revoking !== null}
        title={t("account.tokens.revokeTitle")}
        confirmLabel={t("account.tokens.revoke")}
        danger
        loading={revoke.isPending}
        onConfirm={() => {
          if (revoking === null) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifySuccess(t("account.tokens.revoked", { name: revoking.name }));
            },
            onError: (error) => {
              notifyFailure(errorMessage(error, t));
            },
            onSettled: () => {
              setRevoking(null);
            },
          });
        }}
        onCancel={() => {
          setRevoking(null);
        }}
      >
        {t("account.tokens.revokeBody", { name: revoking?.name ?? "" })}
      </ConfirmDialog>
    </Paper>
  );
}
