import { Anchor, Stack, Table, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { StatDataset } from "../api/types.ts";
import { countryName } from "../i18n/country-names.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { PageSection } from "../ui/page-section.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { ImportDatasetForm } from "./import-form.tsx";
import { ScrollRegion } from "./scroll-region.tsx";
import { formatRational, parseRational, remaining } from "./rational.ts";
import { ReleaseCard } from "./release-card.tsx";
import { ReleaseDownloads } from "./release-downloads.tsx";
import { ReleaseForm } from "./release-form.tsx";
import { newestFirst } from "./release-parameters.ts";
import { useReleases, useStatDatasets, useSyntheticReleases } from "./stat-queries.ts";
import { StatisticsLinks } from "./statistics-links.tsx";
import { countable } from "./statistics-page.tsx";
import { SyntheticCard } from "./synthetic-card.tsx";
import { SyntheticForm } from "./synthetic-form.tsx";

/**
 * `/statistics/releases`: publish a year as a release, the releases and their files,
 * synthetic microdata, the datasets (imported figures open on a page of their own), imports.
 */
export function ReleasesPage() {
  const { t } = useTranslation();
  const datasets = useStatDatasets();
  const releases = useReleases();
  const synthetic = useSyntheticReleases();
  return (
    <>
      <PageHeader
        title={t("statistics.releases.title")}
        description={t("statistics.releases.intro")}
        actions={<StatisticsLinks current="releases" />}
      />
      <Stack gap="lg">
        <PageSection title={t("statistics.releaseForm.heading")}>
          <QueryState query={datasets}>
            {(data) => {
              const usable = countable(data.items);
              return usable.length === 0 ? (
                <Text>{t("statistics.noDatasets")}</Text>
              ) : (
                <ReleaseForm datasets={usable} />
              );
            }}
          </QueryState>
        </PageSection>
        <PageSection title={t("statistics.releases.listHeading")} testId="release-list">
          <QueryState
            query={releases}
            isEmpty={(data) => data.items.length === 0}
            empty={t("statistics.releases.none")}
          >
            {(data) => {
              const names = new Map((datasets.data?.items ?? []).map((d) => [d.id, d.name]));
              return (
                <Stack gap="md">
                  {newestFirst(data.items).map((release) => (
                    <ReleaseCard
                      key={release.id}
                      release={release}
                      headingOrder={3}
                      datasetName={names.get(release.datasetId)}
                      showVisibility
                      downloads={<ReleaseDownloads release={release} />}
                      initiallyOpen={false}
                    />
                  ))}
                </Stack>
              );
            }}
          </QueryState>
        </PageSection>
        <PageSection title={t("statistics.synthetic.heading")} testId="synthetic-section">
          <Stack gap="lg">
            <Stack gap="sm">
              <Title order={3} size="h5">
                {t("statistics.synthetic.formHeading")}
              </Title>
              <QueryState query={datasets}>
                {(data) => {
                  const usable = countable(data.items);
                  return usable.length === 0 ? (
                    <Text>{t("statistics.noDatasets")}</Text>
                  ) : (
                    <SyntheticForm datasets={usable} />
                  );
                }}
              </QueryState>
            </Stack>
            <Stack gap="sm" data-testid="synthetic-list">
              <Title order={3} size="h5">
                {t("statistics.synthetic.listHeading")}
              </Title>
              <QueryState
                query={synthetic}
                isEmpty={(data) => data.items.length === 0}
                empty={t("statistics.synthetic.none")}
              >
                {(data) => {
                  const names = new Map((datasets.data?.items ?? []).map((d) => [d.id, d.name]));
                  return (
                    <Stack gap="md">
                      {newestFirst(data.items).map((item) => (
                        <SyntheticCard
                          key={item.id}
                          synthetic={item}
                          datasetName={names.get(item.datasetId)}
                        />
                      ))}
                    </Stack>
                  );
                }}
              </QueryState>
            </Stack>
          </Stack>
        </PageSection>
        <PageSection title={t("statistics.datasets.heading")}>
          <QueryState query={datasets}>
            {(data) => (
              <DatasetTable
                datasets={data.items}
                releaseCounts={
                  releases.data === undefined
                    ? null
                    : releases.data.items.reduce(
                        (counts, release) =>
                          counts.set(release.datasetId, (counts.get(release.datasetId) ?? 0) + 1),
                        new Map<string, number>(),
                      )
                }
              />
            )}
          </QueryState>
        </PageSection>
        <PageSection title={t("statistics.import.heading")}>
          <ImportDatasetForm />
        </PageSection>
      </Stack>
    </>
  );
}

function DatasetTable({
  datasets,
  releaseCounts,
}: {
  datasets: readonly StatDataset[];
  /** Releases per dataset (the ledger counts each DP table apart). */
  releaseCounts: ReadonlyMap<string, number> | null;
}) {
  const { t, i18n } = useTranslation();
  const format = (text: string) => {
    const value = parseRational(text);
    return value === null ? text : formatRational(value, i18n.language);
  };
  return (
    <ScrollRegion label={t("statistics.datasets.heading")}>
      <Table striped miw={640} data-testid="dataset-table">
        <Table.Thead>
          <Table.Tr>
            {[
              t("statistics.datasets.name"),
              t("statistics.datasets.kind"),
              t("statistics.datasets.reportingCountry"),
              t("statistics.datasets.budget"),
              t("statistics.datasets.spent"),
              t("statistics.datasets.remaining"),
              t("statistics.datasets.releases"),
            ].map((label) => (
              <Table.Th key={label} scope="col">
                {label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {datasets.map((dataset) => {
            const left = remaining(dataset.budget.epsilon, dataset.spent.epsilon);
            return (
              <Table.Tr key={dataset.id}>
                <Table.Td>
                  {dataset.kind === "aggregate" ? (
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/statistics/datasets/$id" params={{ id: dataset.id }} />
                      )}
                      data-testid="dataset-link"
                    >
                      {dataset.name}
                    </Anchor>
                  ) : (
                    dataset.name
                  )}
                </Table.Td>
                <Table.Td>{t(`statistics.datasets.kinds.${dataset.kind}`)}</Table.Td>
                <Table.Td>{countryName(dataset.reportingCountry, i18n.language)}</Table.Td>
                <Table.Td>{format(dataset.budget.epsilon)}</Table.Td>
                <Table.Td>{format(dataset.spent.epsilon)}</Table.Td>
                <Table.Td data-testid="dataset-remaining">
                  {left === null ? "?" : formatRational(left, i18n.language)}
                </Table.Td>
                <Table.Td>{releaseCounts === null ? "…" : (releaseCounts.get(dataset.id) ?? 0)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
