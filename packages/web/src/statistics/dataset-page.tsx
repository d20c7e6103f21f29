import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconChartBar, IconFilterOff } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StatAggregateCell, StatDataset } from "../api/types.ts";
import { STAT_IMPORT_FORMATS } from "../api/vocabulary.ts";
import { pickOne } from "../forms/picklist.ts";
import { countryName } from "../i18n/country-names.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { QueryState } from "../ui/query-state.tsx";
import {
  AGGREGATE_FILTERS,
  filterCells,
  filterOptions,
  valueView,
  yearSpan,
  type AggregateFilter,
  type AggregateFilters,
} from "./aggregate-data.ts";
import { ScrollRegion } from "./scroll-region.tsx";
import { useStatAggregates, useStatDatasets } from "./stat-queries.ts";
import { useStatLabels } from "./stat-labels.ts";
import { StatisticsLinks } from "./statistics-links.tsx";

const PAGE_SIZE = 100;

/** `/statistics/datasets/$id`: an imported aggregate dataset (GLOTIP, Eurostat) as published. */
export function DatasetPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const datasets = useStatDatasets();
  const dataset = datasets.data?.items.find((d) => d.id === id);
  return (
    <>
      <PageHeader
        title={dataset?.name ?? t("statistics.datasets.heading")}
        description={t("statistics.datasetPage.intro")}
        actions={<StatisticsLinks current="dataset" />}
      />
      <QueryState query={datasets}>
        {(data) => {
          const found = data.items.find((d) => d.id === id);
          if (found === undefined) return <Text>{t("statistics.datasetPage.notFound")}</Text>;
          if (found.kind !== "aggregate")
            return (
              <Stack gap="sm" align="flex-start">
                <Text>{t("statistics.datasetPage.notAggregate")}</Text>
                <Button
                  renderRoot={(props) => (
                    <Link {...props} to="/statistics" search={{ datasetId: found.id }} />
                  )}
                  variant="default"
                  leftSection={<IconChartBar size={16} aria-hidden />}
                >
                  {t("statistics.datasetPage.toDashboard")}
                </Button>
              </Stack>
            );
          return <AggregateDataset dataset={found} />;
        }}
      </QueryState>
    </>
  );
}

function AggregateDataset({ dataset }: { dataset: StatDataset }) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const aggregates = useStatAggregates(dataset.id);
  const format = pickOne(STAT_IMPORT_FORMATS, dataset.format);
  return (
    <QueryState query={aggregates}>
      {({ items }) => {
        const span = yearSpan(items);
        const sources = [...new Set(items.map((c) => c.source))].sort();
        const facts = [
          { label: t("statistics.datasetPage.kind"), value: t(`statistics.datasets.kinds.${dataset.kind}`) },
          ...(format === null
            ? []
            : [
                {
                  label: t("statistics.datasetPage.format"),
                  value: t(`statistics.import.formats.${format}`),
                },
              ]),
          {
            label: t("statistics.datasetPage.reportingCountry"),
            value: countryName(dataset.reportingCountry, i18n.language),
          },
          { label: t("statistics.datasetPage.imported"), value: formatters.dateTime(dataset.createdAt) },
          { label: t("statistics.datasetPage.figures"), value: formatters.number(items.length) },
          ...(span === null
            ? []
            : [
                {
                  label: t("statistics.datasetPage.years"),
                  value:
                    span.from === span.to ? String(span.from) : `${String(span.from)}–${String(span.to)}`,
                },
              ]),
          { label: t("statistics.datasetPage.source"), value: sources.join(", ") },
        ];
        return (
          <Stack gap="lg">
            <Paper withBorder p="md" radius="md" component="section" data-testid="dataset-facts">
              <Group gap="lg" component="dl" style={{ margin: 0 }} wrap="wrap">
                {facts.map((fact) => (
                  <div key={fact.label}>
                    <Text component="dt" size="xs" c="dimmed">
                      {fact.label}
                    </Text>
                    <Text component="dd" size="sm" m={0}>
                      {fact.value}
                    </Text>
                  </div>
                ))}
              </Group>
            </Paper>
            <Figures name={dataset.name} cells={items} />
          </Stack>
        );
      }}
    </QueryState>
  );
}

/** The words for each filter column's codes. */
function useCodeLabels(): (filter: AggregateFilter, code: string) => string {
  const { t, i18n } = useTranslation();
  const labels = useStatLabels();
  return (filter, code) => {
    if (code === "total") return t("statistics.datasetPage.total");
    switch (filter) {
      case "year":
        return code;
      case "area":
        return /^[A-Z]{2}$/.test(code) ? countryName(code, i18n.language) : code;
      case "indicator":
        return code === "victims" || code === "suspected" || code === "prosecuted" || code === "convicted"
          ? t(`statistics.datasetPage.indicators.${code}`)
          : code;
      case "sex":
      case "form":
        return labels.category(filter, code);
      case "age":
        return labels.category("age_group", code);
      case "citizenship": {
        const [kind, value = ""] = code.split(":");
        if (kind === "country") return countryName(value, i18n.language);
        if (value === "foreign" || value === "stateless") return t(`statistics.datasetPage.${value}`);
        return labels.category("citizenship_group", value === "" ? code : value);
      }
    }
  };
}

const FILTER_LABELS = {
  year: "statistics.datasetPage.year",
  area: "statistics.datasetPage.area",
  indicator: "statistics.datasetPage.indicator",
  sex: "statistics.datasetPage.sex",
  age: "statistics.datasetPage.age",
  form: "statistics.datasetPage.form",
  citizenship: "statistics.datasetPage.citizenship",
} as const;

function Figures({ name, cells }: { name: string; cells: readonly StatAggregateCell[] }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const label = useCodeLabels();
  const [filters, setFilters] = useState<AggregateFilters>({});
  const [pages, setPages] = useState(1);
  const options = useMemo(() => filterOptions(cells), [cells]);
  const shown = useMemo(() => filterCells(cells, filters), [cells, filters]);
  // Only the columns the data breaks down: a filter with one value filters nothing.
  const offered = AGGREGATE_FILTERS.filter((f) => options[f].length > 1);
  // Eurostat's observation flags ("p" provisional, "e" estimated): a column only when some figure has one.
  const flagged = cells.some((c) => c.flags !== undefined && c.flags !== "");
  const rows = shown.slice(0, pages * PAGE_SIZE);
  const more = Math.min(PAGE_SIZE, shown.length - rows.length);
  const valueText = (cell: StatAggregateCell) => {
    const view = valueView(cell.value);
    switch (view.kind) {
      case "exact":
        return formatters.number(view.value);
      case "below":
        return t("statistics.datasetPage.values.below", { bound: view.bound });
      case "range":
        return t("statistics.datasetPage.values.range", { from: view.from, to: view.to });
      case "missing":
        return t(`statistics.datasetPage.values.${view.reason}`);
    }
  };
  const columns: { key: string; label: string; value: (cell: StatAggregateCell) => string }[] = [
    { key: "year", label: t("statistics.datasetPage.year"), value: (c) => String(c.year) },
    {
      key: "area",
      label: t("statistics.datasetPage.area"),
      value: (c) => label("area", c.country ?? c.area),
    },
    {
      key: "indicator",
      label: t("statistics.datasetPage.indicator"),
      value: (c) => label("indicator", c.indicator),
    },
    { key: "sex", label: t("statistics.datasetPage.sex"), value: (c) => label("sex", c.sex) },
    {
      key: "age",
      label: t("statistics.datasetPage.age"),
      value: (c) => label("age", c.ageBand ?? c.ageGroup),
    },
    { key: "form", label: t("statistics.datasetPage.form"), value: (c) => label("form", c.form) },
    {
      key: "citizenship",
      label: t("statistics.datasetPage.citizenship"),
      value: (c) =>
        label(
          "citizenship",
          c.citizenship.kind === "group"
            ? `group:${c.citizenship.group}`
            : c.citizenship.kind === "country"
              ? `country:${c.citizenship.country}`
              : c.citizenship.kind,
        ),
    },
  ];
  const setFilter = (filter: AggregateFilter, value: string | null) => {
    setPages(1);
    setFilters((previous) => {
      const kept = Object.entries(previous).filter(([key]) => key !== filter);
      return Object.fromEntries(value === null ? kept : [...kept, [filter, value]]);
    });
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dataset-figures">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dataset-figures">
          {t("statistics.datasetPage.tableLabel", { name })}
        </Title>
        {offered.length > 0 && (
          <div role="group" aria-label={t("statistics.datasetPage.filters")}>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
              {offered.map((filter) => (
                <Select
                  key={filter}
                  label={t(FILTER_LABELS[filter])}
                  placeholder={t("statistics.datasetPage.all")}
                  data={options[filter].map((code) => ({ value: code, label: label(filter, code) }))}
                  value={filters[filter] ?? null}
                  onChange={(value) => {
                    setFilter(filter, value);
                  }}
                  clearable
                  searchable={options[filter].length > 10}
                  data-testid={`dataset-filter-${filter}`}
                />
              ))}
            </SimpleGrid>
          </div>
        )}
        <Group justify="space-between" gap="xs">
          <Text size="sm" role="status" data-testid="dataset-shown">
            {t("statistics.datasetPage.shown", {
              shown: formatters.number(shown.length),
              total: formatters.number(cells.length),
            })}
          </Text>
          {Object.keys(filters).length > 0 && (
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconFilterOff size={14} aria-hidden />}
              onClick={() => {
                setFilters({});
                setPages(1);
              }}
            >
              {t("statistics.datasetPage.clear")}
            </Button>
          )}
        </Group>
        {shown.length === 0 ? (
          <Text>{t("statistics.datasetPage.noMatch")}</Text>
        ) : (
          <ScrollRegion label={t("statistics.datasetPage.tableLabel", { name })}>
            <Table striped miw={960} verticalSpacing={4} data-testid="aggregate-table">
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c.key} scope="col">
                      {c.label}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col" ta="right">
                    {t("statistics.datasetPage.value")}
                  </Table.Th>
                  <Table.Th scope="col">{t("statistics.datasetPage.unit")}</Table.Th>
                  {flagged && <Table.Th scope="col">{t("statistics.datasetPage.flags")}</Table.Th>}
                  <Table.Th scope="col">{t("statistics.datasetPage.source")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((cell) => (
                  <Table.Tr key={cell.row} data-testid="aggregate-row">
                    {columns.map((c) => (
                      <Table.Td key={c.key}>{c.value(cell)}</Table.Td>
                    ))}
                    <Table.Td ta="right" data-testid="aggregate-value">
                      {valueText(cell)}
                    </Table.Td>
                    <Table.Td>{t(`statistics.datasetPage.units.${cell.unit}`)}</Table.Td>
                    {flagged && <Table.Td>{cell.flags ?? ""}</Table.Td>}
                    <Table.Td>{cell.sourceNote ?? cell.source}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        {more > 0 && (
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setPages((n) => n + 1);
              }}
            >
              {t("statistics.datasetPage.showMore", { count: more })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
