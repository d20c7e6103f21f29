import { Alert, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text } from "@mantine/core";
import { IconAlertTriangle, IconInfoCircle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StatDataset, StatProtection } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { cellIndex, findTable, TOTAL } from "./stat-data.ts";
import { StatFigures } from "./stat-figures.tsx";
import { useStatDatasets, useStatTables } from "./stat-queries.ts";
import { StatisticsLinks } from "./statistics-links.tsx";
import { defaultYear, yearOptions, type StatisticsSearch } from "./statistics-search.ts";

const DEFAULT_THRESHOLD = 5;

/** Datasets that hold records to count (an aggregate import holds published figures only). */
export function countable(datasets: readonly StatDataset[]): StatDataset[] {
  return datasets.filter((dataset) => dataset.kind !== "aggregate");
}

/** The dataset to show: the chosen one, else the live case records, else the first. */
function chooseDataset(datasets: readonly StatDataset[], id: string | undefined): StatDataset | undefined {
  return (
    datasets.find((dataset) => dataset.id === id) ??
    datasets.find((dataset) => dataset.kind === "cases") ??
    datasets[0]
  );
}

interface StatisticsPageProps {
  search: StatisticsSearch;
  onSearchChange: (next: StatisticsSearch) => void;
}

/**
 * `/statistics`: one year of a dataset, counted the Eurostat way. Everyone sees protected
 * figures (small-cell suppression); holders of stats.exact may switch to the exact internal
 * figures, clearly marked and audited.
 */
export function StatisticsPage({ search, onSearchChange }: StatisticsPageProps) {
  const { t } = useTranslation();
  const datasets = useStatDatasets();
  return (
    <>
      <PageHeader
        title={t("statistics.title")}
        description={t("statistics.intro")}
        actions={<StatisticsLinks current="dashboard" />}
      />
      <QueryState query={datasets}>
        {(data) => {
          const usable = countable(data.items);
          const dataset = chooseDataset(usable, search.datasetId);
          if (dataset === undefined) return <Text>{t("statistics.noDatasets")}</Text>;
          return (
            <Dashboard
              key={dataset.id}
              datasets={usable}
              dataset={dataset}
              year={search.year ?? defaultYear()}
              onSearchChange={onSearchChange}
            />
          );
        }}
      </QueryState>
    </>
  );
}

function Dashboard({
  datasets,
  dataset,
  year,
  onSearchChange,
}: {
  datasets: readonly StatDataset[];
  dataset: StatDataset;
  year: number;
  onSearchChange: (next: StatisticsSearch) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const canExact = hasPermission(session, "stats.exact");
  const [exactWanted, setExact] = useState(false);
  const exact = canExact && exactWanted;
  const [threshold, setThreshold] = useState(DEFAULT_THRESHOLD);
  const tables = useStatTables({
    datasetId: dataset.id,
    year,
    exact: exact ? "true" : "false",
    ...(exact ? {} : { threshold }),
  });
  const years = yearOptions(tables.data?.trend.map((point) => point.year) ?? [], year);
  const trendProtection: StatProtection = exact
    ? { method: "exact", note: "" }
    : { method: "suppression", threshold, note: "" };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <Select
            label={t("statistics.controls.dataset")}
            data={datasets.map((d) => ({ value: d.id, label: d.name }))}
            value={dataset.id}
            allowDeselect={false}
            onChange={(value) => {
              if (value !== null) onSearchChange({ datasetId: value, year });
            }}
          />
          <Select
            label={t("statistics.controls.year")}
            data={years.map((y) => ({ value: String(y), label: String(y) }))}
            value={String(year)}
            allowDeselect={false}
            onChange={(value) => {
              if (value !== null) onSearchChange({ datasetId: dataset.id, year: Number(value) });
            }}
            data-testid="year-select"
          />
          {!exact && (
            <NumberInput
              label={t("statistics.controls.threshold")}
              description={t("statistics.controls.thresholdHelp")}
              min={2}
              max={100}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="blur"
              value={threshold}
              onChange={(value) => {
                const next = typeof value === "number" ? value : Number(value);
                if (Number.isInteger(next) && next >= 2 && next <= 100) setThreshold(next);
              }}
            />
          )}
          {canExact && (
            <Switch
              label={t("statistics.controls.exact")}
              description={t("statistics.controls.exactHelp")}
              color="red"
              checked={exactWanted}
              onChange={(event) => {
                setExact(event.currentTarget.checked);
              }}
              mt={{ base: 0, lg: "lg" }}
              data-testid="exact-toggle"
            />
          )}
        </SimpleGrid>
      </Paper>
      {exact ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t("statistics.internal.title")}
          data-testid="internal-banner"
        >
          {t("statistics.internal.body")}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t("statistics.protectedIntro", { threshold })}
        </Text>
      )}
      <QueryState query={tables}>
        {(data) => {
          const status = findTable(data.tables, "victims.status");
          const total = status === undefined ? undefined : cellIndex(status)(TOTAL);
          return (
            <Stack gap="lg" data-testid="dashboard-figures" data-exact={exact ? "true" : "false"}>
              {total === 0 && (
                <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
                  {t("statistics.noVictims", { year })}
                </Alert>
              )}
              <StatFigures
                tables={data.tables}
                headingOrder={2}
                trend={{
                  points: data.trend,
                  protection: trendProtection,
                  title: t("statistics.trend.title"),
                }}
              />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
