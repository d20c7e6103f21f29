import { Group, Paper, SegmentedControl, Stack, Text, Title, type TitleOrder } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { StatProtection } from "../api/types.ts";
import { HatchSwatch, useSvgId } from "./chart-parts.tsx";
import { ProtectionBadge, ProtectionNote } from "./protection.tsx";

export type FigureView = "chart" | "table";

interface StatFigureProps {
  title: string;
  headingOrder: TitleOrder;
  /** How the figures are protected; null when they come from several releases (then `note` says so). */
  protection: StatProtection | null;
  note?: string;
  /** Some figure is withheld: the legend says what ":" and the hatching mean (unless the chart has its own). */
  withheld: boolean;
  /** The chart carries its own legend (the maps). */
  ownLegend?: boolean;
  chart: ReactNode;
  table: ReactNode;
  testId?: string;
}

/**
 * One figure of the statistics: its title, how it is protected (badge and note), the chart,
 * and a switch to the same figures as a table.
 */
export function StatFigure({
  title,
  headingOrder,
  protection,
  note,
  withheld,
  ownLegend = false,
  chart,
  table,
  testId,
}: StatFigureProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<FigureView>("chart");
  const headingId = useSvgId("figure");
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={testId}
      data-method={protection?.method}
      style={{ minWidth: 0 }}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={headingOrder} size="h5" id={headingId} style={{ flex: "1 1 12rem" }}>
            {title}
          </Title>
          {protection !== null && <ProtectionBadge protection={protection} />}
        </Group>
        <SegmentedControl
          size="xs"
          aria-label={t("statistics.view.label", { title })}
          value={view}
          onChange={(value) => {
            setView(value === "table" ? "table" : "chart");
          }}
          data={[
            { value: "chart", label: t("statistics.view.chart") },
            { value: "table", label: t("statistics.view.table") },
          ]}
          style={{ alignSelf: "flex-start" }}
          data-testid="figure-view"
        />
        {view === "chart" ? chart : table}
        {withheld && !(ownLegend && view === "chart") && (
          <Group gap={6} wrap="nowrap" data-testid="withheld-legend">
            <HatchSwatch />
            <Text size="xs">{t("statistics.withheld.legend")}</Text>
          </Group>
        )}
        {protection !== null && <ProtectionNote protection={protection} />}
        {note !== undefined && (
          <Text size="xs" c="dimmed" data-testid="protection-note">
            {note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
