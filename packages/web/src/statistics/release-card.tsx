import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconChevronDown, IconChevronUp } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { StatRelease } from "../api/types.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { useSvgId } from "./chart-parts.tsx";
import { releaseParameters } from "./release-parameters.ts";
import { StatFigures } from "./stat-figures.tsx";
import { useStatLabels } from "./stat-labels.ts";

interface ReleaseCardProps {
  release: StatRelease;
  headingOrder: 2 | 3;
  /** The dataset's name, for the signed-in list (the public page does not name datasets). */
  datasetName?: string | undefined;
  /** Whether it says if the release is public (the public page lists public ones only). */
  showVisibility: boolean;
  downloads: ReactNode;
  initiallyOpen: boolean;
}

/** One release: its parameters, its files, and its figures on demand. */
export function ReleaseCard({
  release,
  headingOrder,
  datasetName,
  showVisibility,
  downloads,
  initiallyOpen,
}: ReleaseCardProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const labels = useStatLabels();
  const [open, setOpen] = useState(initiallyOpen);
  const headingId = useSvgId("release");
  const figuresId = useSvgId("release-figures");
  const parameters = releaseParameters(release);
  const facts: { label: string; value: string }[] = [
    { label: t("statistics.releases.year"), value: String(release.year) },
    { label: t("statistics.releases.method"), value: t(`statistics.methods.${release.method}`) },
    ...(parameters.threshold === null
      ? []
      : [{ label: t("statistics.releases.threshold"), value: String(parameters.threshold) }]),
    ...(parameters.epsilon === null
      ? []
      : [
          {
            label: t("statistics.releases.epsilon"),
            value:
              parameters.epsilonByTable !== null
                ? t("statistics.releases.epsilonWeighted", {
                    epsilon: parameters.epsilon,
                    count: parameters.epsilonByTable.length,
                  })
                : parameters.epsilonPerTable === null
                  ? parameters.epsilon
                  : t("statistics.releases.epsilonSplit", {
                      epsilon: parameters.epsilon,
                      perTable: parameters.epsilonPerTable,
                    }),
          },
        ]),
    ...(datasetName === undefined ? [] : [{ label: t("statistics.releases.dataset"), value: datasetName }]),
    { label: t("statistics.releases.created"), value: formatters.dateTime(release.createdAt) },
  ];
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="release"
      data-release-id={release.id}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={headingOrder} size="h4" id={headingId} style={{ flex: "1 1 14rem" }}>
            {release.title}
          </Title>
          {showVisibility && (
            <Badge
              color={release.public ? "teal" : "gray"}
              variant="light"
              data-testid="release-visibility"
              data-public={release.public ? "true" : "false"}
            >
              {release.public ? t("statistics.releases.public") : t("statistics.releases.internal")}
            </Badge>
          )}
        </Group>
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
        {parameters.epsilonByTable !== null && (
          <details data-testid="release-epsilon-by-table">
            <Text component="summary" size="sm" style={{ cursor: "pointer" }}>
              {t("statistics.releases.epsilonByTable")}
            </Text>
            <Table verticalSpacing={2} mt={4} maw={640}>
              <Table.Tbody>
                {parameters.epsilonByTable.map((share) => (
                  <Table.Tr key={share.table} data-table={share.table}>
                    <Table.Th scope="row" fw={400}>
                      {labels.table({ id: share.table, title: share.table })}
                    </Table.Th>
                    <Table.Td ta="right">
                      {share.weight === null
                        ? share.epsilon
                        : t("statistics.releases.tableShare", {
                            epsilon: share.epsilon,
                            weight: share.weight,
                          })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </details>
        )}
        {downloads}
        <Group>
          <Button
            variant="light"
            onClick={() => {
              setOpen((value) => !value);
            }}
            aria-expanded={open}
            aria-controls={figuresId}
            leftSection={
              open ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />
            }
          >
            {open ? t("statistics.releases.hideFigures") : t("statistics.releases.showFigures")}
          </Button>
        </Group>
        <div id={figuresId}>
          {open &&
            (release.tables.length === 0 ? (
              <Text size="sm">{t("statistics.chart.nothing")}</Text>
            ) : (
              <StatFigures tables={release.tables} headingOrder={(headingOrder + 1) as 3 | 4} />
            ))}
        </div>
      </Stack>
    </Paper>
  );
}
