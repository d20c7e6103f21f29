import { Group, Paper, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { AUDIT_OUTCOMES } from "../../api/vocabulary.ts";
import type { Case, CaseHistoryEntry } from "../../api/types.ts";
import { auditActionLabel } from "../../audit/audit-labels.ts";
import { OutcomeBadge } from "../../audit/outcome-badge.tsx";
import { pickOne } from "../../forms/picklist.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { useCaseReferrals } from "../../referrals/referral-queries.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { QueryState } from "../../ui/query-state.tsx";
import { useCaseHistory } from "../case-queries.ts";
import { historyDetail } from "../history-detail.ts";
import { TabSection } from "./tab-section.tsx";

/** The case's change history and who viewed it, from the audit chain (holders only). */
export function HistoryTab({ caseView }: { caseView: Case }) {
  const { t } = useTranslation();
  const history = useCaseHistory(caseView.id, true);
  const referrals = useCaseReferrals(caseView.id);
  const organisations = new Map<string, string>([[caseView.organisation.id, caseView.organisation.name]]);
  for (const referral of referrals.data?.items ?? []) organisations.set(referral.to.id, referral.to.name);
  const organisationName = (id: string | null) =>
    id === null ? "—" : (organisations.get(id) ?? t("cases.history.otherOrganisation"));

  return (
    <QueryState query={history}>
      {(data) => {
        const newestFirst = [...data.items].sort((a, b) => (a.at < b.at ? 1 : -1));
        const views = newestFirst.filter((entry) => entry.action === "case.read");
        const changes = newestFirst.filter((entry) => entry.action !== "case.read");
        return (
          <Stack gap="xl">
            <TabSection title={t("cases.history.changes")}>
              <HistoryTable entries={changes} organisationName={organisationName} testId="history-changes" />
            </TabSection>
            <TabSection title={t("cases.history.views")}>
              <Text size="sm" c="dimmed">
                {t("cases.history.viewsHelp")}
              </Text>
              <HistoryTable entries={views} organisationName={organisationName} testId="history-views" />
            </TabSection>
          </Stack>
        );
      }}
    </QueryState>
  );
}

function HistoryTable({
  entries,
  organisationName,
  testId,
}: {
  entries: readonly CaseHistoryEntry[];
  organisationName: (id: string | null) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const phone = useMediaQuery("(max-width: 48em)");
  if (entries.length === 0) return <Text c="dimmed">{t("cases.history.empty")}</Text>;
  if (phone)
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }} data-testid={testId}>
        {entries.map((entry, index) => (
          <Paper key={`${entry.at}-${String(index)}`} component="li" withBorder p="xs" radius="sm">
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={500}>
                {auditActionLabel(t, entry.action)}
              </Text>
              <HistoryOutcome outcome={entry.outcome} />
            </Group>
            <Text size="xs" c="dimmed">
              {format.dateTime(entry.at)} · {entry.actor ?? t("audit.system")} ·{" "}
              {organisationName(entry.organisationId)}
            </Text>
            {historyDetail(t, entry) !== "" && <Text size="xs">{historyDetail(t, entry)}</Text>}
          </Paper>
        ))}
      </Stack>
    );
  return (
    <DataTable
      minWidth={720}
      verticalSpacing="xs"
      data-testid={testId}
      columns={[
        { label: t("audit.fields.at") },
        { label: t("audit.fields.actor") },
        { label: t("cases.history.organisation") },
        { label: t("audit.fields.action") },
        { label: t("cases.history.details") },
        { label: t("audit.fields.outcome") },
      ]}
    >
      {entries.map((entry, index) => (
        <Table.Tr key={`${entry.at}-${String(index)}`}>
          <Table.Td style={{ whiteSpace: "nowrap" }}>{format.dateTime(entry.at)}</Table.Td>
          <Table.Td>{entry.actor ?? t("audit.system")}</Table.Td>
          <Table.Td>{organisationName(entry.organisationId)}</Table.Td>
          <Table.Td>{auditActionLabel(t, entry.action)}</Table.Td>
          <Table.Td>
            <Text size="sm">{historyDetail(t, entry)}</Text>
          </Table.Td>
          <Table.Td>
            <HistoryOutcome outcome={entry.outcome} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/** The contract types an outcome as any string: a known one gets its badge. */
function HistoryOutcome({ outcome }: { outcome: string }) {
  const known = pickOne(AUDIT_OUTCOMES, outcome);
  return known === null ? <Text size="sm">{outcome}</Text> : <OutcomeBadge outcome={known} />;
}
