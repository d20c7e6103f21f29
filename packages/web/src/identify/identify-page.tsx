import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconPlayerPlay, IconPlus } from "@tabler/icons-react";
import { SCREENER_ROLES, type ScreenerRole } from "@ariadne/domain";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { useFormatters } from "../i18n/use-formatters.ts";
import { DataTable } from "../ui/data-table.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { ChoiceGroup } from "./choice-group.tsx";
import { pathwayName } from "./decision-text.ts";
import { LevelLabel } from "./decision-view.tsx";
import { hasUnsavedChanges } from "./draft-registry.ts";
import { readScreenerRole, storeScreenerRole } from "./draft-storage.ts";
import { useScreeningList, useStartScreening } from "./screening-queries.ts";

/** `/identify`: start a screening, resume a draft, or open a completed one. */
export function IdentifyPage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <PageHeader title={t("parts.identify.name")} description={t("parts.identify.summary")} />
      <Stack gap="xl">
        {hasPermission(session, "screening.create") && <StartScreening />}
        {hasPermission(session, "screening.read") && <ScreeningLists />}
      </Stack>
    </>
  );
}

function StartScreening() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [role, setRole] = useState<ScreenerRole | null>(() => readScreenerRole() ?? null);
  const start = useStartScreening();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="start-screening-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="start-screening-heading">
          {t("identify.start.title")}
        </Title>
        <Text size="sm">{t("identify.start.anonymous")}</Text>
        <ChoiceGroup
          legend={t("identify.start.role")}
          description={t("identify.start.roleHelp")}
          choices={SCREENER_ROLES.map((value) => ({ value, label: t(`identify.roles.${value}`) }))}
          value={role}
          columns={2}
          onChange={setRole}
          testId="screener-role"
        />
        {start.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(start.error, t)}
          </Alert>
        )}
        <Button
          size="lg"
          fullWidth
          leftSection={<IconPlus aria-hidden />}
          disabled={role === null}
          loading={start.isPending}
          onClick={() => {
            if (role === null) return;
            storeScreenerRole(role);
            start.mutate(role, {
              onSuccess: (screening) =>
                void navigate({
                  to: "/identify/screenings/$id",
                  params: { id: screening.id },
                  search: { step: "safety" },
                }),
            });
          }}
          data-testid="start-screening"
        >
          {t("identify.start.button")}
        </Button>
      </Stack>
    </Paper>
  );
}

function ScreeningLists() {
  const { t } = useTranslation();
  const format = useFormatters();
  const drafts = useScreeningList({ status: "draft" });
  const completed = useScreeningList({ status: "completed" });
  return (
    <>
      <section aria-labelledby="drafts-heading">
        <Title order={2} size="h3" mb="sm" id="drafts-heading">
          {t("identify.list.drafts")}
        </Title>
        <QueryState
          query={drafts}
          isEmpty={(data) => data.items.length === 0}
          empty={t("identify.list.noDrafts")}
        >
          {(data) => (
            <Stack gap="sm" data-testid="draft-list">
              {data.items.map((draft) => (
                <Paper key={draft.id} withBorder p="sm" radius="md">
                  <Group justify="space-between" gap="sm">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text fw={500}>
                        {t("identify.list.startedAt", { date: format.dateTime(draft.createdAt) })}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t(`identify.roles.${draft.screenerRole}`)} · {pathwayName(t, draft.pathway)} ·{" "}
                        {t("identify.list.answered", { count: draft.answered })}
                      </Text>
                      {hasUnsavedChanges(draft.id) && (
                        <Text size="sm" c="orange.9">
                          {t("identify.list.unsaved")}
                        </Text>
                      )}
                    </Stack>
                    <Button
                      renderRoot={(props) => (
                        <Link {...props} to="/identify/screenings/$id" params={{ id: draft.id }} />
                      )}
                      h={44}
                      leftSection={<IconPlayerPlay size={16} aria-hidden />}
                      aria-label={t("identify.list.resumeThing", {
                        date: format.dateTime(draft.createdAt),
                      })}
                    >
                      {t("identify.list.resume")}
                    </Button>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
        </QueryState>
      </section>
      <section aria-labelledby="completed-heading">
        <Title order={2} size="h3" mb="sm" id="completed-heading">
          {t("identify.list.completed")}
        </Title>
        <QueryState
          query={completed}
          isEmpty={(data) => data.items.length === 0}
          empty={t("identify.list.noCompleted")}
        >
          {(data) => (
            <DataTable
              minWidth={520}
              data-testid="completed-list"
              columns={[
                { label: t("identify.list.completedAt") },
                { label: t("identify.list.level") },
                { label: t("identify.list.pathway") },
                { label: t("identify.list.role") },
                { label: t("common.actions"), visuallyHidden: true },
              ]}
            >
              {data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{format.dateTime(item.completedAt)}</Table.Td>
                  <Table.Td>{item.level === null ? "—" : <LevelLabel level={item.level} />}</Table.Td>
                  <Table.Td>{pathwayName(t, item.pathway)}</Table.Td>
                  <Table.Td>{t(`identify.roles.${item.screenerRole}`)}</Table.Td>
                  <Table.Td>
                    <Button
                      renderRoot={(props) => (
                        <Link {...props} to="/identify/screenings/$id/result" params={{ id: item.id }} />
                      )}
                      variant="light"
                      h={44}
                      aria-label={t("identify.list.viewThing", { date: format.dateTime(item.completedAt) })}
                    >
                      {t("identify.list.view")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </QueryState>
      </section>
    </>
  );
}
