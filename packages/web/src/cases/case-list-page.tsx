import { Anchor, Button, Chip, Group, Paper, Select, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconFileSpreadsheet, IconFolderPlus } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CAS_STATUS } from "../api/protect-vocabulary.ts";
import type { CaseSummary } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { pickOne } from "../forms/picklist.ts";
import { DataTable } from "../ui/data-table.tsx";
import { withFilter } from "../ui/list-search.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { SearchTextInput } from "../ui/search-text-input.tsx";
import { CaseStatusBadge, OverdueBadge, SharedBadge } from "./case-badges.tsx";
import { CASE_LIST_FLAGS, toCaseQuery, type CaseListFlag, type CaseListSearch } from "./case-list-search.ts";
import { useCaseList, useNrmPathways } from "./case-queries.ts";
import { stageLabel } from "./stage-label.ts";
import { stageOptions } from "./stage-options.ts";

interface CaseListPageProps {
  search: CaseListSearch;
  onSearchChange: (next: CaseListSearch) => void;
}

/** `/cases`: the cases in scope and those shared with the reader's organisation, filtered. */
export function CaseListPage({ search, onSearchChange }: CaseListPageProps) {
  const { t } = useTranslation();
  const session = useSession();
  const list = useCaseList(toCaseQuery(search));
  const pathways = useNrmPathways();
  const phone = useMediaQuery("(max-width: 48em)");

  const set = <K extends keyof CaseListSearch>(key: K, value: CaseListSearch[K] | null) => {
    onSearchChange(withFilter(search, key, value));
  };
  const stages = stageOptions(pathways.data?.items ?? []).map((option) => ({
    value: option.value,
    label: stageLabel(t, option.value, option.label),
  }));

  return (
    <>
      <PageHeader
        title={t("cases.list.title")}
        description={t("cases.list.intro")}
        actions={
          <>
            {hasPermission(session, "case.exchange") && (
              <Button
                component={Link}
                to="/cases/exchange"
                variant="default"
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              >
                {t("cases.exchange.action")}
              </Button>
            )}
            {hasPermission(session, "case.write") && (
              <Button
                component={Link}
                to="/cases/new"
                leftSection={<IconFolderPlus size={18} aria-hidden />}
                data-testid="open-case"
              >
                {t("cases.open.action")}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="sm" mb="md" component="section" aria-label={t("cases.list.filters")}>
        <Group align="flex-end" gap="sm">
          <SearchTextInput
            query={search.q}
            onQueryChange={(q) => {
              set("q", q);
            }}
            description={t("cases.list.searchHelp")}
            w={{ base: "100%", xs: 320 }}
          />
          <Select
            label={t("common.status")}
            placeholder={t("common.all")}
            data={CAS_STATUS.map((value) => ({ value, label: t(`htcds.caseStatus.${value}`) }))}
            value={search.status ?? null}
            onChange={(value) => {
              set("status", pickOne(CAS_STATUS, value));
            }}
            clearable
            w={{ base: "100%", xs: 200 }}
          />
          <Select
            label={t("cases.fields.stage")}
            placeholder={t("common.all")}
            data={stages}
            value={search.stage ?? null}
            onChange={(value) => {
              set("stage", value);
            }}
            clearable
            w={{ base: "100%", xs: 280 }}
          />
        </Group>
        <Chip.Group
          multiple
          value={CASE_LIST_FLAGS.filter((flag) => search[flag] === true)}
          onChange={(chosen) => {
            const { mine: _mine, referredToMe: _referredToMe, overdue: _overdue, ...rest } = search;
            const next: CaseListSearch = { ...rest };
            for (const flag of CASE_LIST_FLAGS) if (chosen.includes(flag)) next[flag] = true;
            onSearchChange(next);
          }}
        >
          <Group gap="xs">
            {CASE_LIST_FLAGS.map((flag: CaseListFlag) => (
              <Chip key={flag} value={flag} variant="outline">
                {t(`cases.list.flags.${flag}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>
      <QueryState query={list} isEmpty={(data) => data.items.length === 0} empty={t("cases.list.empty")}>
        {(data) => (phone ? <CaseCards cases={data.items} /> : <CaseTable cases={data.items} />)}
      </QueryState>
    </>
  );
}

function CaseReferenceLink({ item }: { item: CaseSummary }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/cases/$id" params={{ id: item.id }} />}
      fw={600}
      ff="monospace"
    >
      {item.reference}
    </Anchor>
  );
}

function CaseTable({ cases }: { cases: readonly CaseSummary[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      minWidth={860}
      data-testid="case-table"
      columns={[
        { label: t("cases.fields.reference") },
        { label: t("cases.fields.person") },
        { label: t("cases.fields.stage") },
        { label: t("common.status") },
        { label: t("cases.fields.owner") },
        { label: t("cases.fields.attention") },
      ]}
    >
      {cases.map((item) => (
        <Table.Tr key={item.id}>
          <Table.Td>
            <CaseReferenceLink item={item} />
          </Table.Td>
          <Table.Td>{item.personName ?? <Text c="dimmed">{t("cases.noName")}</Text>}</Table.Td>
          <Table.Td>{stageLabel(t, item.nrmStage, item.nrmStageLabel)}</Table.Td>
          <Table.Td>
            <CaseStatusBadge status={item.status} />
          </Table.Td>
          <Table.Td>{item.owner?.name ?? "—"}</Table.Td>
          <Table.Td>
            <Group gap={4}>
              <OverdueBadge count={item.overdueTasks} />
              {item.via === "grant" && <SharedBadge />}
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/** The list at phone width: one card per case, the same facts stacked. */
function CaseCards({ cases }: { cases: readonly CaseSummary[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }} data-testid="case-cards">
      {cases.map((item) => (
        <Paper key={item.id} component="li" withBorder p="sm" radius="md">
          <Group justify="space-between" gap="xs" mb={4}>
            <CaseReferenceLink item={item} />
            <CaseStatusBadge status={item.status} />
          </Group>
          <Text fw={500}>{item.personName ?? t("cases.noName")}</Text>
          <Text size="sm" c="dimmed">
            {stageLabel(t, item.nrmStage, item.nrmStageLabel)}
            {item.owner === null ? "" : ` · ${item.owner.name}`}
          </Text>
          {(item.overdueTasks > 0 || item.via === "grant") && (
            <Group gap={4} mt={6}>
              <OverdueBadge count={item.overdueTasks} />
              {item.via === "grant" && <SharedBadge />}
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
