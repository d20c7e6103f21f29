import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconDownload, IconShieldLock } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { errorMessage } from "../api/error-message.ts";
import type { StatSyntheticRelease } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { useFormatters } from "../i18n/use-formatters.ts";
import { notifyFailure } from "../ui/notify.ts";
import { QueryState } from "../ui/query-state.tsx";
import { saveFile } from "../ui/save-file.ts";
import { useSvgId } from "./chart-parts.tsx";
import { DownloadsGroup } from "./release-downloads.tsx";
import { ScrollRegion } from "./scroll-region.tsx";
import { useSyntheticRisk } from "./stat-queries.ts";
import { useAttributeLabel } from "./synthetic-labels.ts";

interface SyntheticCardProps {
  synthetic: StatSyntheticRelease;
  datasetName?: string | undefined;
}

/** One synthetic dataset: how it was made, how useful it is, its files and (statisticians) its risk. */
export function SyntheticCard({ synthetic, datasetName }: SyntheticCardProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const attributeLabel = useAttributeLabel();
  const session = useSession();
  const headingId = useSvgId("synthetic");
  const { parameters, utility } = synthetic;
  const facts: { label: string; value: string; testId?: string }[] = [
    ...(datasetName === undefined ? [] : [{ label: t("statistics.releases.dataset"), value: datasetName }]),
    {
      label: t("statistics.synthetic.years"),
      value:
        parameters.fromYear === parameters.toYear
          ? String(parameters.fromYear)
          : t("statistics.synthetic.yearRange", { from: parameters.fromYear, to: parameters.toYear }),
    },
    { label: t("statistics.releases.method"), value: t(`statistics.methods.${synthetic.method}`) },
    { label: t("statistics.releases.threshold"), value: String(parameters.threshold) },
    ...(parameters.epsilon === undefined
      ? []
      : [
          {
            label: t("statistics.releases.epsilon"),
            value:
              parameters.epsilonPerTable === undefined
                ? parameters.epsilon
                : t("statistics.synthetic.epsilonSplit", {
                    epsilon: parameters.epsilon,
                    perTable: parameters.epsilonPerTable,
                    tables: parameters.tables,
                  }),
          },
        ]),
    ...(parameters.selectionThreshold === undefined
      ? []
      : [
          {
            label: t("statistics.synthetic.selectionThreshold"),
            value: formatters.number(parameters.selectionThreshold),
          },
        ]),
    { label: t("statistics.synthetic.length"), value: String(parameters.combinationLength) },
    {
      label: t("statistics.synthetic.attributeList"),
      value: parameters.attributes.map(attributeLabel).join(", "),
    },
    {
      label: t("statistics.synthetic.recordsLabel"),
      value:
        parameters.requestedRecords === null
          ? formatters.number(synthetic.records)
          : t("statistics.synthetic.recordsOf", {
              made: formatters.number(synthetic.records),
              asked: formatters.number(parameters.requestedRecords),
            }),
      testId: "synthetic-records",
    },
    { label: t("statistics.synthetic.created"), value: formatters.dateTime(synthetic.createdAt) },
  ];
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="synthetic"
      data-synthetic-id={synthetic.id}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {synthetic.title}
        </Title>
        <Group gap="lg" component="dl" style={{ margin: 0 }} wrap="wrap">
          {facts.map((fact) => (
            <div key={fact.label}>
              <Text component="dt" size="xs" c="dimmed">
                {fact.label}
              </Text>
              <Text component="dd" size="sm" m={0} data-testid={fact.testId}>
                {fact.value}
              </Text>
            </div>
          ))}
        </Group>
        <SyntheticDownloads synthetic={synthetic} />
        <UtilityReport synthetic={synthetic} />
        {hasPermission(session, "stats.exact") && <RiskReport id={synthetic.id} />}
        {utility.abandoned > 0 && (
          <Text size="sm" c="dimmed">
            {t("statistics.synthetic.utility.abandoned", { count: utility.abandoned })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function UtilityReport({ synthetic }: { synthetic: StatSyntheticRelease }) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const { utility } = synthetic;
  const decimal = (value: number) =>
    new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      value,
    );
  const percent = (value: number) =>
    new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 }).format(value);
  const columns: { label: string; value: (row: (typeof utility.byLength)[number]) => string }[] = [
    { label: t("statistics.synthetic.utility.sensitive"), value: (r) => formatters.number(r.sensitive) },
    { label: t("statistics.synthetic.utility.published"), value: (r) => formatters.number(r.published) },
    { label: t("statistics.synthetic.utility.suppressed"), value: (r) => formatters.number(r.suppressed) },
    { label: t("statistics.synthetic.utility.synthetic"), value: (r) => formatters.number(r.synthetic) },
    { label: t("statistics.synthetic.utility.inventedColumn"), value: (r) => formatters.number(r.invented) },
    { label: t("statistics.synthetic.utility.preserved"), value: (r) => formatters.number(r.preserved) },
    {
      label: t("statistics.synthetic.utility.meanAbsoluteError"),
      value: (r) => decimal(r.meanAbsoluteError),
    },
    {
      label: t("statistics.synthetic.utility.meanRelativeError"),
      value: (r) => percent(r.meanRelativeError),
    },
  ];
  return (
    <Stack gap={6} component="section" aria-label={t("statistics.synthetic.utility.heading")}>
      <Group gap="sm" wrap="wrap">
        <Title order={4} size="h5">
          {t("statistics.synthetic.utility.heading")}
        </Title>
        <Badge
          color={utility.invented === 0 ? "teal" : "red"}
          variant="light"
          leftSection={<IconCircleCheck size={14} aria-hidden />}
          data-testid="synthetic-invented"
          data-invented={String(utility.invented)}
        >
          {t("statistics.synthetic.utility.invented", { count: utility.invented })}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t("statistics.synthetic.utility.intro")} {t("statistics.synthetic.utility.inventedHelp")}
      </Text>
      <ScrollRegion label={t("statistics.synthetic.utility.heading")}>
        <Table striped miw={720} verticalSpacing={4} data-testid="synthetic-utility">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("statistics.synthetic.utility.length")}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c.label} scope="col" ta="right">
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {utility.byLength.map((row) => (
              <Table.Tr key={row.length}>
                <Table.Th scope="row">{row.length}</Table.Th>
                {columns.map((c) => (
                  <Table.Td key={c.label} ta="right">
                    {c.value(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}

/** The risk report, loaded on request (each read is audited). */
function RiskReport({ id }: { id: string }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const [wanted, setWanted] = useState(false);
  const risk = useSyntheticRisk(id, wanted);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconShieldLock aria-hidden />}
      title={t("statistics.synthetic.risk.heading")}
      data-testid="synthetic-risk"
      styles={{ body: { minWidth: 0 } }}
    >
      <Stack gap={6}>
        <Text size="sm">{t("statistics.synthetic.risk.intro")}</Text>
        {!wanted ? (
          <Group>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => {
                setWanted(true);
              }}
            >
              {t("statistics.synthetic.risk.show")}
            </Button>
          </Group>
        ) : (
          <QueryState query={risk}>
            {(report) => (
              <Stack gap={4} data-testid="synthetic-risk-report">
                <Text size="sm">
                  {t("statistics.synthetic.risk.unique", {
                    count: formatters.number(report.uniqueRecords),
                    records: formatters.number(report.records),
                  })}
                </Text>
                <Text size="sm">
                  {t("statistics.synthetic.risk.rare", {
                    threshold: report.threshold,
                    count: formatters.number(report.recordsWithRare),
                  })}
                </Text>
                {report.syntheticMatchingUnique !== null && (
                  <Text size="sm">
                    {t("statistics.synthetic.risk.matching", {
                      count: formatters.number(report.syntheticMatchingUnique),
                    })}
                  </Text>
                )}
                <ScrollRegion label={t("statistics.synthetic.risk.heading")}>
                  <Table miw={360} verticalSpacing={2}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t("statistics.synthetic.risk.length")}</Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t("statistics.synthetic.risk.rareCombinations")}
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t("statistics.synthetic.risk.recordsWithRare")}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {report.byLength.map((row) => (
                        <Table.Tr key={row.length}>
                          <Table.Th scope="row">{row.length}</Table.Th>
                          <Table.Td ta="right">{formatters.number(row.rareCombinations)}</Table.Td>
                          <Table.Td ta="right">{formatters.number(row.recordsWithRare)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollRegion>
              </Stack>
            )}
          </QueryState>
        )}
      </Stack>
    </Alert>
  );
}

const FILES = ["records", "utility"] as const;

/** The records (CSV) and the utility report (JSON), fetched with the session, then saved. */
function SyntheticDownloads({ synthetic }: { synthetic: StatSyntheticRelease }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (file: (typeof FILES)[number]) => api.exportSynthetic(synthetic.id, file),
  });
  return (
    <DownloadsGroup label={t("statistics.synthetic.downloads.label", { title: synthetic.title })}>
      {FILES.map((file) => (
        <Button
          key={file}
          size="compact-sm"
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={download.isPending && download.variables === file}
          aria-label={t("statistics.synthetic.downloads.as", {
            title: synthetic.title,
            file: t(`statistics.synthetic.downloads.${file}`),
          })}
          onClick={() => {
            download.mutate(file, {
              onSuccess: (out) => {
                saveFile(
                  out.blob,
                  out.fileName ??
                    `ariadne-synthetic-${synthetic.id.slice(0, 8)}${file === "records" ? ".csv" : "-utility.json"}`,
                );
              },
              onError: (error) => {
                notifyFailure(errorMessage(error, t));
              },
            });
          }}
        >
          {t(`statistics.synthetic.downloads.${file}`)}
        </Button>
      ))}
    </DownloadsGroup>
  );
}
