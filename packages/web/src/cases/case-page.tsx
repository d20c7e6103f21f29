import { Alert, Anchor, Badge, Flex, Group, Paper, Tabs, Text } from "@mantine/core";
import { IconGavel, IconShare } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Case } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { useFormatters } from "../i18n/use-formatters.ts";
import { Fact } from "../ui/fact.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { RecordQueryState } from "../ui/record-query-state.tsx";
import { CaseStatusBadge, OverdueBadge, SharedBadge } from "./case-badges.tsx";
import { useCase } from "./case-queries.ts";
import { CaseMoreActions } from "./case-more-actions.tsx";
import { CaseStatusControls } from "./case-status-controls.tsx";
import { canWriteCase, visibleCaseTabs, type CaseTab } from "./case-tabs.ts";
import { stageLabel } from "./stage-label.ts";
import { CommentsTab } from "./tabs/comments-tab.tsx";
import { ConsentTab } from "./tabs/consent-tab.tsx";
import { EventsTab } from "./tabs/events-tab.tsx";
import { HistoryTab } from "./tabs/history-tab.tsx";
import { JusticeTab } from "./tabs/justice-tab.tsx";
import { PeopleTab } from "./tabs/people-tab.tsx";
import { PersonTab } from "./tabs/person-tab.tsx";
import { ReferralsTab } from "./tabs/referrals-tab.tsx";
import { SupportTab } from "./tabs/support-tab.tsx";
import { TasksTab } from "./tabs/tasks-tab.tsx";
import { VictimTab } from "./tabs/victim-tab.tsx";

interface CasePageProps {
  id: string;
  tab: CaseTab | undefined;
  onTabChange: (tab: CaseTab) => void;
}

/** `/cases/$id`: one case, in tabs of the parts the reader may see. */
export function CasePage({ id, tab, onTabChange }: CasePageProps) {
  const query = useCase(id);
  return (
    <RecordQueryState query={query}>
      {(caseView) => (
        <CaseView
          caseView={caseView}
          tab={tab}
          onTabChange={onTabChange}
          onReload={() => {
            void query.refetch();
          }}
        />
      )}
    </RecordQueryState>
  );
}

function CaseView({
  caseView,
  tab,
  onTabChange,
  onReload,
}: {
  caseView: Case;
  tab: CaseTab | undefined;
  onTabChange: (tab: CaseTab) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const format = useFormatters();
  const tabs = visibleCaseTabs(caseView, session);
  const active = tab !== undefined && tabs.includes(tab) ? tab : tabs[0];
  const canWrite = canWriteCase(caseView, session);
  const shared = caseView.via === "grant";
  const name =
    caseView.personName ??
    (caseView.parts.includes("identity") ? t("cases.noName") : t("cases.identityNotShared"));

  const panel = (key: CaseTab): ReactNode => {
    switch (key) {
      case "person":
        return <PersonTab caseView={caseView} canWrite={canWrite} onReload={onReload} />;
      case "victim":
        return <VictimTab caseView={caseView} canWrite={canWrite} onReload={onReload} />;
      case "events":
        return <EventsTab caseView={caseView} canWrite={canWrite} onReload={onReload} />;
      case "support":
        return <SupportTab caseView={caseView} canWrite={canWrite} onReload={onReload} />;
      case "referrals":
        return (
          <ReferralsTab caseView={caseView} canRefer={hasPermission(session, "referral.create") && !shared} />
        );
      case "consent":
        return <ConsentTab caseView={caseView} canWrite={canWrite} onReload={onReload} />;
      case "tasks":
        return <TasksTab caseView={caseView} canWrite={canWrite} onReload={onReload} />;
      case "justice":
        return <JusticeTab caseView={caseView} canWrite={canWrite} onReload={onReload} />;
      case "people":
        return <PeopleTab caseView={caseView} canWrite={canWrite} />;
      case "comments":
        return <CommentsTab caseView={caseView} canWrite={canWrite} />;
      case "history":
        return <HistoryTab caseView={caseView} />;
    }
  };

  return (
    <>
      <PageHeader
        title={t("cases.page.title", { reference: caseView.reference })}
        description={`${name} · ${caseView.organisation.name}`}
        actions={
          shared ? undefined : (
            <>
              {canWrite && <CaseStatusControls caseView={caseView} onReload={onReload} />}
              <CaseMoreActions caseView={caseView} onReload={onReload} />
            </>
          )
        }
      />
      <Paper withBorder p="sm" radius="md" mb="md" data-testid="case-facts">
        <Flex columnGap="xl" rowGap="sm" align="flex-start" wrap="wrap">
          <Fact label={t("common.status")}>
            <CaseStatusBadge status={caseView.status} />
          </Fact>
          <Fact label={t("cases.fields.stage")}>
            <span data-testid="case-stage">{stageLabel(t, caseView.nrmStage, caseView.nrmStageLabel)}</span>
            <Text span size="xs" c="dimmed">
              {" "}
              {t("cases.page.since", { date: format.date(caseView.nrmStageSince) })}
            </Text>
          </Fact>
          {caseView.reflectionPeriodEnds !== null && (
            <Fact label={t("cases.fields.reflectionPeriodEnds")}>
              {format.date(caseView.reflectionPeriodEnds)}
            </Fact>
          )}
          <Fact label={t("cases.fields.owner")}>{caseView.owner?.name ?? "—"}</Fact>
          <Fact label={t("cases.fields.registeredOn")}>{format.date(caseView.registeredOn)}</Fact>
          {caseView.closedOn !== null && (
            <Fact label={t("cases.fields.closedOn")}>{format.date(caseView.closedOn)}</Fact>
          )}
          {caseView.screeningId !== null && hasPermission(session, "screening.read") && !shared && (
            <Fact label={t("cases.fields.screening")}>
              <Anchor
                renderRoot={(props) => (
                  <Link
                    {...props}
                    to="/identify/screenings/$id/result"
                    params={{ id: caseView.screeningId }}
                  />
                )}
              >
                {t("cases.page.viewScreening")}
              </Anchor>
            </Fact>
          )}
          {(caseView.overdueTasks > 0 || shared || caseView.legalHold) && (
            <Group gap={4}>
              <OverdueBadge count={caseView.overdueTasks} />
              {shared && <SharedBadge />}
              {caseView.legalHold && (
                <Badge variant="light" color="orange" leftSection={<IconGavel size={12} aria-hidden />}>
                  {t("cases.legalHold")}
                </Badge>
              )}
            </Group>
          )}
        </Flex>
      </Paper>
      {shared && (
        <Alert
          color="violet"
          variant="light"
          icon={<IconShare aria-hidden />}
          mb="md"
          data-testid="shared-parts"
        >
          {t("cases.page.sharedWith", {
            organisation: caseView.organisation.name,
            parts:
              caseView.parts.length === 0
                ? t("referrals.summaryOnly")
                : caseView.parts.map((part) => t(`protect.parts.${part}`)).join(", "),
          })}
        </Alert>
      )}
      {active === undefined ? (
        <Text>{t("cases.page.nothingShared")}</Text>
      ) : (
        <Tabs
          value={active}
          onChange={(value) => {
            const next = tabs.find((candidate) => candidate === value);
            if (next !== undefined) onTabChange(next);
          }}
          keepMounted={false}
        >
          <Tabs.List mb="md" aria-label={t("cases.page.sections")}>
            {tabs.map((key) => (
              <Tabs.Tab key={key} value={key} data-testid={`tab-${key}`}>
                {t(`cases.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((key) => (
            <Tabs.Panel key={key} value={key}>
              {panel(key)}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </>
  );
}
