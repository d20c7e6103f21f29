import {
  Alert,
  Anchor,
  Badge,
  Flex,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { IconGitMerge, IconInfoCircle, IconLink } from "@tabler/icons-react";
import { useMediaQuery } from "@mantine/hooks";
import { Link } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { Network, OnlineAd } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { countryName } from "../i18n/country-names.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { DataTable } from "../ui/data-table.tsx";
import { Fact } from "../ui/fact.tsx";
import { LoadingState } from "../ui/loading-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { PageSection } from "../ui/page-section.tsx";
import { RecordQueryState } from "../ui/record-query-state.tsx";
import { AdText } from "./ad-text.tsx";
import { DecisionForm } from "./decision-form.tsx";
import { EvidenceButtons } from "./evidence-buttons.tsx";
import { IdentifierGraph } from "./identifier-graph.tsx";
import { clusterLabel } from "./network-graph.ts";
import { CategoryBadges, NetworkStatusBadge, NewActivityBadge, ScoreBadge } from "./online-badges.tsx";
import { useNetwork } from "./online-queries.ts";
import { byCountry } from "./place-countries.ts";
import { TemplateView } from "./template-view.tsx";
import { TimelineChart } from "./timeline-chart.tsx";

const PlacesMap = lazy(() => import("./places-map.tsx"));

/** `/online/networks/$id`: one network, everything that ties it together, and the decision on it. */
export function NetworkPage({ id }: { id: string }) {
  const query = useNetwork(id);
  return (
    <RecordQueryState query={query}>
      {(network) => (
        <NetworkView
          network={network}
          onReload={() => {
            void query.refetch();
          }}
        />
      )}
    </RecordQueryState>
  );
}

function NetworkLink({ id, reference }: { id: string; reference: string }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/online/networks/$id" params={{ id }} />}
      ff="monospace"
    >
      {reference}
    </Anchor>
  );
}

function NetworkView({ network, onReload }: { network: Network; onReload: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const format = useFormatters();
  // Templates are named A, B… from the largest cluster down; the drawing and the ads use the same names.
  const letters = new Map(network.templates.map((template, i) => [template.cluster, clusterLabel(i)]));
  const letterOf = (cluster: string) => letters.get(cluster) ?? "—";
  return (
    <>
      <PageHeader
        title={t("online.network.title", { reference: network.reference })}
        description={t("online.network.description", { ads: network.ads, clusters: network.clusters })}
        actions={<EvidenceButtons network={network} />}
      />
      <Paper withBorder p="sm" radius="md" mb="md" data-testid="network-facts">
        <Flex columnGap="xl" rowGap="sm" align="flex-start" wrap="wrap">
          <Fact label={t("online.fields.score")}>
            <ScoreBadge score={network.score} />
          </Fact>
          <Fact label={t("online.fields.rank")}>{network.rank ?? "—"}</Fact>
          <Fact label={t("common.status")}>
            <NetworkStatusBadge status={network.status} />
          </Fact>
          <Fact label={t("online.fields.ads")}>{network.ads}</Fact>
          <Fact label={t("online.fields.firstSeen")}>{format.date(network.firstSeen) || "—"}</Fact>
          <Fact label={t("online.fields.lastSeen")}>{format.date(network.lastSeen) || "—"}</Fact>
          <Group gap={4}>
            <CategoryBadges categories={network.categories} />
            <NewActivityBadge show={network.newActivity} />
          </Group>
        </Flex>
      </Paper>
      {network.mergedInto !== null && (
        <Alert color="violet" variant="light" icon={<IconGitMerge aria-hidden />} mb="md">
          {t("online.network.mergedInto")} <NetworkLink {...network.mergedInto} />
        </Alert>
      )}
      {network.predecessors.length > 0 && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} mb="md">
          {t("online.network.predecessors")}{" "}
          {network.predecessors.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ", "}
              <NetworkLink id={p.id} reference={p.reference} /> ({t(`online.status.${p.status}`)})
            </span>
          ))}
        </Alert>
      )}
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <PageSection title={t("online.templates.title")} testId="templates">
            <Text size="sm" c="dimmed" mb="sm">
              {t("online.templates.intro")}
            </Text>
            <Stack gap="md">
              {network.templates.map((template) => (
                <Stack key={template.cluster} gap={4}>
                  <Group gap="xs">
                    <Badge variant="filled" color="blue.8">
                      {t("online.templates.name", { letter: letterOf(template.cluster) })}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t("online.templates.ads", { count: template.size })}
                    </Text>
                  </Group>
                  {template.template === null ? (
                    <Text size="sm" c="dimmed">
                      {t("online.templates.none")}
                    </Text>
                  ) : (
                    <TemplateView template={template.template} />
                  )}
                </Stack>
              ))}
            </Stack>
          </PageSection>
          <PageSection title={t("online.decision.title")} testId="decision">
            <CurrentDecision network={network} />
            {hasPermission(session, "online.review") && network.current && (
              <DecisionForm key={network.version} network={network} onReload={onReload} />
            )}
          </PageSection>
        </SimpleGrid>
        <PageSection title={t("online.identifiers.title")} testId="identifiers">
          <Text size="sm" c="dimmed" mb="sm">
            {t("online.identifiers.intro")}
          </Text>
          <IdentifierGraph
            clusters={network.templates.map((template) => ({
              key: template.cluster,
              label: letterOf(template.cluster),
              size: template.size,
            }))}
            identifiers={network.identifiers}
          />
          <IdentifierTable network={network} letterOf={letterOf} />
        </PageSection>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <PageSection title={t("online.timeline.title")} testId="timeline-section">
            <TimelineChart timeline={network.timeline} />
          </PageSection>
          <PageSection title={t("online.places.title")} testId="places">
            {network.places.length === 0 ? (
              <Text size="sm">{t("online.places.none")}</Text>
            ) : (
              <Stack gap="sm">
                <Suspense fallback={<LoadingState />}>
                  <PlacesMap places={network.places} />
                </Suspense>
                <PlaceList places={network.places} />
              </Stack>
            )}
          </PageSection>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <PageSection title={t("online.score.title")}>
            <ScoreTable network={network} />
          </PageSection>
          <PageSection title={t("online.indicators.title")}>
            <IndicatorList network={network} />
          </PageSection>
        </SimpleGrid>
        <PageSection
          title={t("online.ads.title", { shown: network.memberAdsShown, total: network.ads })}
          testId="member-ads"
        >
          {network.memberAds.length === 0 ? (
            <Text size="sm">{t("online.ads.none")}</Text>
          ) : (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {network.memberAds.map((ad) => (
                <MemberAd key={ad.id} ad={ad} letter={letterOf(ad.cluster)} />
              ))}
            </Stack>
          )}
        </PageSection>
      </Stack>
    </>
  );
}

function CurrentDecision({ network }: { network: Network }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (network.decision.decidedAt === null)
    return (
      <Text size="sm" mb="sm">
        {t("online.decision.none")}
      </Text>
    );
  return (
    <Stack gap={4} mb="md" data-testid="current-decision">
      <Group gap="xs">
        <NetworkStatusBadge status={network.status} />
        <Text size="sm">
          {t("online.decision.by", {
            name: network.decision.decidedBy?.name ?? "—",
            date: format.dateTime(network.decision.decidedAt),
          })}
        </Text>
      </Group>
      {network.decision.reason !== null && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {network.decision.reason}
        </Text>
      )}
      {network.newActivity && network.decision.decidedAds !== null && (
        <Text size="sm" c="grape.9">
          {t("online.decision.grown", { then: network.decision.decidedAds, now: network.ads })}
        </Text>
      )}
    </Stack>
  );
}

function IdentifierNotes({ identifier }: { identifier: Network["identifiers"][number] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {identifier.linking && (
        <Badge variant="light" color="red" leftSection={<IconLink size={12} aria-hidden />}>
          {t("online.identifiers.linking")}
        </Badge>
      )}
      {identifier.obfuscated && (
        <Badge variant="light" color="orange">
          {t("online.identifiers.disguised")}
        </Badge>
      )}
      {identifier.otherOrganisations > 0 && (
        <Badge variant="light" color="violet" data-testid="other-organisations">
          {t("online.identifiers.elsewhere", { count: identifier.otherOrganisations })}
        </Badge>
      )}
    </Group>
  );
}

function IdentifierTable({ network, letterOf }: { network: Network; letterOf: (cluster: string) => string }) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 48em)");
  if (network.identifiers.length === 0) return <Text size="sm">{t("online.identifiers.none")}</Text>;
  if (phone)
    return (
      <Stack
        gap="xs"
        component="ul"
        p={0}
        m={0}
        mt="md"
        style={{ listStyle: "none" }}
        data-testid="identifier-table"
      >
        {network.identifiers.map((identifier) => (
          <Paper key={identifier.hash} component="li" withBorder p="xs" radius="sm">
            <Text size="sm" ff="monospace" style={{ overflowWrap: "anywhere" }}>
              {identifier.value}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`online.identifierKind.${identifier.kind}`)} ·{" "}
              {t("online.templates.ads", { count: identifier.ads })} ·{" "}
              {identifier.clusters.map(letterOf).join(", ")}
            </Text>
            <IdentifierNotes identifier={identifier} />
          </Paper>
        ))}
      </Stack>
    );
  return (
    <DataTable
      minWidth={640}
      mt="md"
      data-testid="identifier-table"
      columns={[
        { label: t("online.identifiers.kind") },
        { label: t("online.identifiers.value") },
        { label: t("online.fields.ads") },
        { label: t("online.identifiers.templates") },
        { label: t("online.identifiers.notes") },
      ]}
    >
      {network.identifiers.map((identifier) => (
        <Table.Tr key={identifier.hash}>
          <Table.Td>{t(`online.identifierKind.${identifier.kind}`)}</Table.Td>
          <Table.Td ff="monospace" style={{ overflowWrap: "anywhere" }}>
            {identifier.value}
          </Table.Td>
          <Table.Td>{identifier.ads}</Table.Td>
          <Table.Td>{identifier.clusters.map(letterOf).join(", ")}</Table.Td>
          <Table.Td>
            <IdentifierNotes identifier={identifier} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

function PlaceList({ places }: { places: Network["places"] }) {
  const { i18n } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {byCountry(places).map((country) => (
        <List.Item key={country.country}>
          <Text span fw={600} size="sm">
            {countryName(country.country, i18n.language)} ({country.ads})
          </Text>
          {": "}
          {country.cities.map((c) => `${titleCase(c.city)} (${String(c.ads)})`).join(", ")}
        </List.Item>
      ))}
    </List>
  );
}

/** Gazetteer names are lower case without accents: shown with capitals. */
const titleCase = (city: string) =>
  city.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

function ScoreTable({ network }: { network: Network }) {
  const { t } = useTranslation();
  return (
    <DataTable
      minWidth={280}
      columns={[
        { label: t("online.score.component") },
        { label: t("online.score.contribution") },
        { label: t("online.score.explanation") },
      ]}
    >
      {network.components.map((c) => (
        <Table.Tr key={c.name}>
          <Table.Td>{t(`online.score.components.${c.name}`, { defaultValue: c.name })}</Table.Td>
          <Table.Td>{c.contribution.toFixed(1)}</Table.Td>
          <Table.Td>
            <Text size="xs">{c.explanation}</Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

function IndicatorList({ network }: { network: Network }) {
  const { t } = useTranslation();
  if (network.indicatorDetails.length === 0) return <Text size="sm">{t("online.indicators.none")}</Text>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {network.indicatorDetails.map((indicator) => (
        <li key={indicator.indicator}>
          <Group gap={6}>
            <Text size="sm" fw={600} ff="monospace">
              {indicator.indicator}
            </Text>
            <Badge variant="light" color="gray" size="sm">
              {t(`online.grade.${indicator.grade}`)}
            </Badge>
            {!indicator.verified && (
              <Badge variant="outline" color="gray.8" size="sm">
                {t("online.indicators.unverified")}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {t("online.indicators.ads", { count: indicator.ads })}
            </Text>
          </Group>
          <Text size="xs">{indicator.explanation}</Text>
        </li>
      ))}
    </Stack>
  );
}

function MemberAd({ ad, letter }: { ad: OnlineAd; letter: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const spans = ad.flags.flatMap((flag) => flag.spans);
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="member-ad">
      <Group justify="space-between" gap="xs" mb={4}>
        <Group gap="xs">
          <Text size="sm" fw={600} ff="monospace">
            {ad.externalId}
          </Text>
          <Badge variant="light" color="blue" size="sm">
            {t("online.templates.name", { letter })}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {format.date(ad.postedAt) || t("online.ads.noDate")}
        </Text>
      </Group>
      {ad.text === null ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t("online.ads.purged")}
        </Text>
      ) : (
        <AdText text={ad.text} spans={spans} />
      )}
      {ad.flags.length > 0 && (
        <Group gap={4} mt={4}>
          {ad.flags.map((flag) => (
            <Badge key={flag.indicator} variant="outline" color="gray.8" size="sm" tt="none">
              {flag.indicator}
            </Badge>
          ))}
        </Group>
      )}
    </Paper>
  );
}
