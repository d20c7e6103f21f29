import { Anchor, Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconFolderPlus } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Caseload } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { useFormatters } from "../i18n/use-formatters.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { PageSection } from "../ui/page-section.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { useCaseload } from "./case-queries.ts";
import { localIsoDay } from "./local-day.ts";
import { stageLabel } from "./stage-label.ts";

/** `/caseload`: a case worker's day — open cases by stage, overdue tasks, referrals waiting, deadlines. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const session = useSession();
  const caseload = useCaseload();
  return (
    <>
      <PageHeader
        title={t("caseload.title")}
        description={t("caseload.intro")}
        actions={
          hasPermission(session, "case.write") ? (
            <Button component={Link} to="/cases/new" leftSection={<IconFolderPlus size={18} aria-hidden />}>
              {t("cases.open.action")}
            </Button>
          ) : undefined
        }
      />
      <QueryState query={caseload}>{(data) => <CaseloadPanels caseload={data} />}</QueryState>
    </>
  );
}

function CaseloadPanels({ caseload }: { caseload: Caseload }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const session = useSession();
  const total = caseload.openByStage.reduce((sum, stage) => sum + stage.count, 0);
  const largest = Math.max(1, ...caseload.openByStage.map((stage) => stage.count));
  const today = localIsoDay();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md" data-testid="my-open-tasks">
          <Text size="sm" c="dimmed">
            {t("caseload.myOpenTasks")}
          </Text>
          <Text fz={32} fw={700}>
            {format.number(caseload.myOpenTasks)}
          </Text>
        </Paper>
        <Paper withBorder p="md" radius="md" data-testid="pending-referrals">
          <Text size="sm" c="dimmed">
            {t("caseload.pendingReferrals")}
          </Text>
          <Group justify="space-between" align="flex-end">
            <Text fz={32} fw={700}>
              {format.number(caseload.pendingReferrals)}
            </Text>
            {hasPermission(session, "referral.respond") && (
              <Anchor
                renderRoot={(props) => <Link {...props} to="/referrals" search={{ box: "incoming" }} />}
                size="sm"
              >
                {t("caseload.openInbox")}
              </Anchor>
            )}
          </Group>
        </Paper>
      </SimpleGrid>
      <PageSection title={t("caseload.byStage", { count: total })} testId="open-by-stage">
        {caseload.openByStage.length === 0 ? (
          <Text c="dimmed">{t("caseload.noOpenCases")}</Text>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {caseload.openByStage.map((stage) => {
              const label = stageLabel(t, stage.stage, stage.label);
              return (
                <li key={stage.stage}>
                  <Group justify="space-between" gap="xs" mb={2} wrap="nowrap">
                    <Anchor
                      renderRoot={(props) => <Link {...props} to="/cases" search={{ stage: stage.stage }} />}
                      size="sm"
                    >
                      {label}
                    </Anchor>
                    <Text size="sm" fw={600}>
                      {format.number(stage.count)}
                    </Text>
                  </Group>
                  <Progress
                    value={(100 * stage.count) / largest}
                    size="lg"
                    aria-label={t("caseload.stageBar", { stage: label, count: stage.count })}
                  />
                </li>
              );
            })}
          </Stack>
        )}
      </PageSection>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <PageSection title={t("caseload.myOverdueTasks")} testId="my-overdue-tasks">
          {caseload.myOverdueTasks.length === 0 ? (
            <Text c="dimmed">{t("caseload.noOverdueTasks")}</Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {caseload.myOverdueTasks.map((task) => (
                <li key={task.id}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500}>
                        {task.title}
                      </Text>
                      <Anchor
                        renderRoot={(props) => (
                          <Link
                            {...props}
                            to="/cases/$id"
                            params={{ id: task.caseId }}
                            search={{ tab: "tasks" }}
                          />
                        )}
                        size="xs"
                        ff="monospace"
                      >
                        {task.reference}
                      </Anchor>
                    </Stack>
                    <Badge color="red" variant="light">
                      {t("caseload.due", { date: format.date(task.dueOn) })}
                    </Badge>
                  </Group>
                </li>
              ))}
            </Stack>
          )}
        </PageSection>
        <PageSection title={t("caseload.reflectionEnding")} testId="reflection-ending">
          {caseload.reflectionEndingSoon.length === 0 ? (
            <Text c="dimmed">{t("caseload.noReflectionEnding")}</Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {caseload.reflectionEndingSoon.map((item) => {
                const days = Math.round((Date.parse(item.ends) - Date.parse(today)) / 86_400_000);
                return (
                  <li key={item.caseId}>
                    <Group justify="space-between" gap="xs" wrap="nowrap">
                      <Anchor
                        renderRoot={(props) => (
                          <Link {...props} to="/cases/$id" params={{ id: item.caseId }} />
                        )}
                        size="sm"
                        ff="monospace"
                      >
                        {item.reference}
                      </Anchor>
                      <Text size="sm">
                        {format.date(item.ends)} · {t("caseload.daysLeft", { count: Math.max(0, days) })}
                      </Text>
                    </Group>
                  </li>
                );
              })}
            </Stack>
          )}
        </PageSection>
      </SimpleGrid>
    </Stack>
  );
}
