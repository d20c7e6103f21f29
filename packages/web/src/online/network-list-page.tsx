import { Anchor, Button, Group, NumberInput, Paper, Select, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconFileUpload } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { NetworkSummary } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { pickOne } from "../forms/picklist.ts";
import { countryName } from "../i18n/country-names.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { DataTable } from "../ui/data-table.tsx";
import { withFilter } from "../ui/list-search.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { SearchTextInput } from "../ui/search-text-input.tsx";
import { toNetworkQuery, type NetworkListSearch } from "./network-list-search.ts";
import { CategoryBadges, NetworkStatusBadge, NewActivityBadge, ScoreBadge } from "./online-badges.tsx";
import { useNetworkList } from "./online-queries.ts";
import { CATEGORY_FILTERS, NETWORK_STATUSES } from "./online-vocabulary.ts";
import { NUMERIC_OF } from "./place-countries.ts";

interface NetworkListPageProps {
  search: NetworkListSearch;
  onSearchChange: (next: NetworkListSearch) => void;
}

/** `/online`: the organisation's networks of ads, ranked by score, with filters kept in the address. */
export function NetworkListPage({ search, onSearchChange }: NetworkListPageProps) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const list = useNetworkList(toNetworkQuery(search));
  const phone = useMediaQuery("(max-width: 48em)");

  const set = <K extends keyof NetworkListSearch>(key: K, value: NetworkListSearch[K] | null) => {
    onSearchChange(withFilter(search, key, value));
  };
  const countries = Object.keys(NUMERIC_OF)
    .map((code) => ({ value: code, label: countryName(code, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));

  return (
    <>
      <PageHeader
        title={t("online.list.title")}
        description={t("online.list.intro")}
        actions={
          hasPermission(session, "online.ingest") && (
            <Button
              component={Link}
              to="/online/batches"
              variant="default"
              leftSection={<IconFileUpload size={18} aria-hidden />}
            >
              {t("online.batches.action")}
            </Button>
          )
        }
      />
      <Group align="flex-end" gap="sm" mb="md" component="section" aria-label={t("online.list.filters")}>
        <SearchTextInput
          query={search.q}
          onQueryChange={(q) => {
            set("q", q);
          }}
          description={t("online.list.searchHelp")}
          w={{ base: "100%", xs: 280 }}
        />
        <Select
          label={t("common.status")}
          placeholder={t("common.all")}
          data={NETWORK_STATUSES.map((value) => ({ value, label: t(`online.status.${value}`) }))}
          value={search.status ?? null}
          onChange={(value) => {
            set("status", pickOne(NETWORK_STATUSES, value));
          }}
          clearable
          w={{ base: "100%", xs: 170 }}
        />
        <Select
          label={t("online.list.category")}
          placeholder={t("common.all")}
          data={CATEGORY_FILTERS.map((value) => ({ value, label: t(`online.category.${value}`) }))}
          value={search.category ?? null}
          onChange={(value) => {
            set("category", pickOne(CATEGORY_FILTERS, value));
          }}
          clearable
          w={{ base: "100%", xs: 190 }}
        />
        <Select
          label={t("online.list.country")}
          placeholder={t("common.all")}
          data={countries}
          value={search.place?.slice(0, 2) ?? null}
          onChange={(value) => {
            set("place", value);
          }}
          searchable
          clearable
          w={{ base: "100%", xs: 190 }}
        />
        <NumberInput
          label={t("online.list.minScore")}
          min={0}
          max={100}
          step={10}
          value={search.minScore ?? ""}
          onChange={(value) => {
            set("minScore", typeof value === "number" && value > 0 ? value : null);
          }}
          w={{ base: "100%", xs: 150 }}
        />
      </Group>
      <QueryState query={list} isEmpty={(data) => data.items.length === 0} empty={t("online.list.empty")}>
        {(data) => (phone ? <NetworkCards networks={data.items} /> : <NetworkTable networks={data.items} />)}
      </QueryState>
    </>
  );
}

function ReferenceLink({ network }: { network: NetworkSummary }) {
  return (
    <Anchor
      renderRoot={(props) => <Link {...props} to="/online/networks/$id" params={{ id: network.id }} />}
      fw={600}
      ff="monospace"
    >
      {network.reference}
    </Anchor>
  );
}

/** "1 phone, 2 handles": the identifiers that tie the network's templates together. */
function useLinking(network: NetworkSummary): string | null {
  const { t } = useTranslation();
  const parts = (["phone", "email", "handle", "url"] as const)
    .filter((kind) => network.linking[kind] > 0)
    .map((kind) => t(`online.linking.${kind}`, { count: network.linking[kind] }));
  return parts.length === 0 ? null : parts.join(", ");
}

function Linking({ network }: { network: NetworkSummary }) {
  return <>{useLinking(network) ?? "—"}</>;
}

function Template({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" lineClamp={2} style={{ overflowWrap: "anywhere" }}>
      {network.template ?? t("online.templates.none")}
    </Text>
  );
}

function NetworkTable({ networks }: { networks: readonly NetworkSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable
      minWidth={980}
      data-testid="network-table"
      columns={[
        { label: t("online.fields.rank") },
        { label: t("online.fields.network") },
        { label: t("online.fields.score") },
        { label: t("online.fields.ads") },
        { label: t("online.fields.template") },
        { label: t("online.fields.linkedBy") },
        { label: t("online.fields.lastSeen") },
        { label: t("common.status") },
      ]}
    >
      {networks.map((network) => (
        <Table.Tr key={network.id}>
          <Table.Td>{network.rank ?? "—"}</Table.Td>
          <Table.Td>
            <ReferenceLink network={network} />
          </Table.Td>
          <Table.Td>
            <ScoreBadge score={network.score} />
          </Table.Td>
          <Table.Td>{network.ads}</Table.Td>
          <Table.Td maw={360}>
            <Template network={network} />
            <Group gap={4} mt={2}>
              <CategoryBadges categories={network.categories} />
            </Group>
          </Table.Td>
          <Table.Td>
            <Linking network={network} />
          </Table.Td>
          <Table.Td>{format.date(network.lastSeen) || "—"}</Table.Td>
          <Table.Td>
            <Group gap={4}>
              <NetworkStatusBadge status={network.status} />
              <NewActivityBadge show={network.newActivity} />
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

function CardFacts({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation();
  const linking = useLinking(network);
  return (
    <Text size="sm" c="dimmed" mt={4}>
      {t("online.list.cardFacts", { ads: network.ads })}
      {linking === null ? "" : ` · ${linking}`}
    </Text>
  );
}

/** The list at phone width: one card per network, the same facts stacked. */
function NetworkCards({ networks }: { networks: readonly NetworkSummary[] }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }} data-testid="network-cards">
      {networks.map((network) => (
        <Paper key={network.id} component="li" withBorder p="sm" radius="md">
          <Group justify="space-between" gap="xs" mb={4}>
            <Group gap="xs">
              <ScoreBadge score={network.score} />
              <ReferenceLink network={network} />
            </Group>
            <NetworkStatusBadge status={network.status} />
          </Group>
          <Template network={network} />
          <CardFacts network={network} />
          <Group gap={4} mt={4}>
            <CategoryBadges categories={network.categories} />
            <NewActivityBadge show={network.newActivity} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
