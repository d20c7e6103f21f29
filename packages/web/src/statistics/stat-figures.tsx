import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title, type TitleOrder } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StatProtection, StatTable } from "../api/types.ts";
import { LoadingState } from "../ui/loading-state.tsx";
import { BarChart, type BarDatum } from "./bar-chart.tsx";
import { LineChart } from "./line-chart.tsx";
import { ProtectionBadge, ProtectionNote } from "./protection.tsx";
import {
  chartRows,
  countryValues,
  findTable,
  flowRows,
  hasWithheld,
  oneWay,
  type TrendPoint,
} from "./stat-data.ts";
import { StatFigure } from "./stat-figure.tsx";
import { useStatLabels } from "./stat-labels.ts";
import { FigureText, StatTableView } from "./stat-table-view.tsx";

// The map bundles the world's shapes: loaded only when a map is shown.
const WorldMap = lazy(() => import("./world-map.tsx"));

const BREAKDOWNS = [
  "victims.status",
  "victims.sex",
  "victims.age_group",
  "victims.age_band",
  "victims.citizenship_group",
  "victims.form",
] as const;

type Order = 2 | 3 | 4;
const below = (order: Order): TitleOrder => (order + 1) as TitleOrder;

export interface TrendFigure {
  points: readonly TrendPoint[];
  /** Null when the points come from several releases; `note` then says how they are protected. */
  protection: StatProtection | null;
  note?: string;
  /** A heading for the trend (dashboard: "Registered victims by year"). */
  title: string;
}

interface StatFiguresProps {
  tables: readonly StatTable[];
  trend?: TrendFigure | undefined;
  /** The level of the sections' headings; figures are one level below. */
  headingOrder: Order;
}

function Section({ title, order, children }: { title: string; order: Order; children: React.ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Title order={order} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * The figures of one year's tables: trend, breakdowns (bars), maps of citizenship and of the
 * countries of exploitation, flows, traffickers, and every table in full. Each figure shows
 * how it is protected and can be read as a table.
 */
export function StatFigures({ tables, trend, headingOrder }: StatFiguresProps) {
  const { t } = useTranslation();
  const labels = useStatLabels();
  const figureOrder = below(headingOrder);

  const bars = (table: StatTable): BarDatum[] => {
    const dimension = table.dimensions[0];
    return chartRows(oneWay(table).rows).map((row) => ({
      key: row.code,
      label: labels.category(
        dimension?.name ?? "",
        row.code,
        dimension?.categories.find((c) => c.code === row.code)?.label,
      ),
      value: row.value,
    }));
  };

  const barFigure = (table: StatTable) => {
    const title = labels.table(table);
    return (
      <StatFigure
        key={table.id}
        title={title}
        headingOrder={figureOrder}
        protection={table.protection}
        withheld={hasWithheld(table)}
        testId={`figure-${table.id}`}
        chart={<BarChart title={title} data={bars(table)} />}
        table={<StatTableView table={table} caption={title} />}
      />
    );
  };

  const mapFigure = (table: StatTable) => {
    const title = labels.table(table);
    return (
      <StatFigure
        key={table.id}
        title={title}
        headingOrder={figureOrder}
        protection={table.protection}
        withheld={hasWithheld(table)}
        ownLegend
        testId={`figure-${table.id}`}
        chart={
          <Suspense fallback={<LoadingState />}>
            <WorldMap title={title} values={countryValues(table)} testId={`map-${table.id}`} />
          </Suspense>
        }
        table={<StatTableView table={table} caption={title} />}
      />
    );
  };

  const flows = findTable(tables, "victims.flows");
  const flowFigure = (table: StatTable) => {
    const title = labels.table(table);
    const [from, to] = table.dimensions;
    const data = flowRows(table).map((row) => ({
      key: `${row.from}-${row.to}`,
      label: t("statistics.flows.pair", {
        from: labels.category(from?.name ?? "", row.from),
        to: labels.category(to?.name ?? "", row.to),
      }),
      value: row.value,
    }));
    return (
      <StatFigure
        title={title}
        headingOrder={figureOrder}
        protection={table.protection}
        withheld={hasWithheld(table)}
        testId="figure-victims.flows"
        chart={
          data.length === 0 ? (
            <Text size="sm">{t("statistics.chart.nothing")}</Text>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t("statistics.flows.intro")}
              </Text>
              <BarChart title={title} data={data} testId="flows-chart" />
            </>
          )
        }
        table={<StatTableView table={table} caption={title} />}
      />
    );
  };

  const present = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const table = findTable(tables, id);
      return table === undefined ? [] : [table];
    });
  const breakdowns = present(BREAKDOWNS);
  const maps = present(["victims.citizenship", "victims.exploitation_country"]);
  const traffickers = present(["traffickers.stage"]);

  return (
    <Stack gap="xl">
      {trend !== undefined && trend.points.length > 0 && (
        <TrendSection trend={trend} order={headingOrder} figureOrder={figureOrder} />
      )}
      {breakdowns.length > 0 && (
        <Section title={t("statistics.sections.victims")} order={headingOrder}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {breakdowns.map(barFigure)}
          </SimpleGrid>
        </Section>
      )}
      {(maps.length > 0 || flows !== undefined) && (
        <Section title={t("statistics.sections.where")} order={headingOrder}>
          {maps.map(mapFigure)}
          {flows !== undefined && flowFigure(flows)}
        </Section>
      )}
      {traffickers.length > 0 && (
        <Section title={t("statistics.sections.traffickers")} order={headingOrder}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {traffickers.map(barFigure)}
          </SimpleGrid>
        </Section>
      )}
      {tables.length > 0 && <AllTables tables={tables} order={headingOrder} />}
    </Stack>
  );
}

function TrendSection({
  trend,
  order,
  figureOrder,
}: {
  trend: TrendFigure;
  order: Order;
  figureOrder: TitleOrder;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t("statistics.sections.trend")} order={order}>
      <StatFigure
        title={trend.title}
        headingOrder={figureOrder}
        protection={trend.protection}
        {...(trend.note === undefined ? {} : { note: trend.note })}
        withheld={trend.points.some((p) => p.count === null)}
        testId="figure-trend"
        chart={<LineChart title={trend.title} points={trend.points} />}
        table={
          <Table withTableBorder striped data-testid="stat-table" data-table-id="trend">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("statistics.chart.year")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("statistics.chart.count")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trend.points.map((point) => (
                <Table.Tr key={point.year}>
                  <Table.Th scope="row" fw={400}>
                    {point.year}
                  </Table.Th>
                  <Table.Td ta="right" data-value={point.count === null ? "withheld" : String(point.count)}>
                    <FigureText value={point.count} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
    </Section>
  );
}

/** Every table in full (the two-way tables have no chart of their own), shown on demand. */
function AllTables({ tables, order }: { tables: readonly StatTable[]; order: Order }) {
  const { t } = useTranslation();
  const labels = useStatLabels();
  const [shown, setShown] = useState(false);
  return (
    <Section title={t("statistics.sections.allTables")} order={order}>
      <Group>
        <Button
          variant="default"
          onClick={() => {
            setShown((value) => !value);
          }}
          aria-expanded={shown}
          data-testid="toggle-all-tables"
        >
          {shown ? t("statistics.allTables.hide") : t("statistics.allTables.show", { count: tables.length })}
        </Button>
      </Group>
      {shown && (
        <Stack gap="md" data-testid="all-tables">
          {tables.map((table) => {
            const title = labels.table(table);
            return (
              <Paper key={table.id} withBorder p="md" radius="md" component="section">
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start" gap="xs">
                    <Title order={below(order)} size="h5" style={{ flex: "1 1 12rem" }}>
                      {title}
                    </Title>
                    <ProtectionBadge protection={table.protection} />
                  </Group>
                  <StatTableView table={table} caption={`${title} – ${t("statistics.sections.allTables")}`} />
                  <ProtectionNote protection={table.protection} />
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}
