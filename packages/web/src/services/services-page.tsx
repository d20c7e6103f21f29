import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { IconPencil, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  GROUPS_SERVED,
  SERVICE_TYPES,
  type GroupServed,
  type ServiceType,
} from "../api/protect-vocabulary.ts";
import type { ServiceOffer, ServiceQuery } from "../api/types.ts";
import { useEditTarget } from "../admin/edit-state.ts";
import { ActiveBadge } from "../admin/active-badge.tsx";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { LanguageCodeSelect } from "../forms/language-code-select.tsx";
import { pickOne } from "../forms/picklist.ts";
import { languageName } from "../i18n/language-names.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { AppModal } from "../ui/app-modal.tsx";
import { DataTable } from "../ui/data-table.tsx";
import { notifySuccess } from "../ui/notify.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { ServiceForm } from "./service-form.tsx";
import { useServiceList } from "./service-queries.ts";

/** `/services`: the services directory — who offers what, for whom, in which languages and where. */
export function ServicesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const manage = hasPermission(session, "service.manage");
  const [serviceType, setServiceType] = useState<ServiceType | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [group, setGroup] = useState<GroupServed | null>(null);
  const [region, setRegion] = useState("");
  const [includeInactive, setIncludeInactive] = useState(false);
  const [debouncedRegion] = useDebouncedValue(region.trim(), 300);
  const query: ServiceQuery = {
    ...(serviceType === null ? {} : { serviceType }),
    ...(language === null ? {} : { language }),
    ...(group === null ? {} : { group }),
    ...(debouncedRegion === "" ? {} : { region: debouncedRegion }),
    ...(includeInactive ? { includeInactive: "true" } : {}),
  };
  const list = useServiceList(query);
  const edit = useEditTarget();
  const editing = edit.find(list.data?.items);
  const formOpen = edit.target.mode === "create" || editing !== undefined;
  const phone = useMediaQuery("(max-width: 48em)");
  const mayEdit = (offer: ServiceOffer) =>
    manage && (session.user.scope === "all" || offer.organisation.id === session.user.organisationId);

  return (
    <>
      <PageHeader
        title={t("services.title")}
        description={t("services.intro")}
        actions={
          manage ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={edit.openCreate}>
              {t("services.create")}
            </Button>
          ) : undefined
        }
      />
      <Group mb="md" align="flex-end" gap="sm" component="section" aria-label={t("services.filters")}>
        <Select
          label={t("services.fields.serviceType")}
          placeholder={t("common.all")}
          data={SERVICE_TYPES.map((value) => ({ value, label: t(`protect.serviceTypes.${value}`) }))}
          value={serviceType}
          onChange={(value) => {
            setServiceType(pickOne(SERVICE_TYPES, value));
          }}
          clearable
          w={{ base: "100%", xs: 220 }}
        />
        <LanguageCodeSelect
          label={t("services.fields.language")}
          placeholder={t("common.all")}
          value={language}
          onChange={setLanguage}
          w={{ base: "100%", xs: 200 }}
        />
        <Select
          label={t("services.fields.group")}
          placeholder={t("common.all")}
          data={GROUPS_SERVED.map((value) => ({ value, label: t(`protect.groups.${value}`) }))}
          value={group}
          onChange={(value) => {
            setGroup(pickOne(GROUPS_SERVED, value));
          }}
          clearable
          w={{ base: "100%", xs: 180 }}
        />
        <TextInput
          label={t("services.fields.region")}
          value={region}
          onChange={(event) => {
            setRegion(event.currentTarget.value);
          }}
          w={{ base: "100%", xs: 200 }}
        />
        {manage && (
          <Checkbox
            label={t("services.includeInactive")}
            checked={includeInactive}
            onChange={(event) => {
              setIncludeInactive(event.currentTarget.checked);
            }}
            mb={8}
          />
        )}
      </Group>
      <QueryState query={list} isEmpty={(data) => data.items.length === 0} empty={t("services.empty")}>
        {(data) =>
          phone ? (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {data.items.map((offer) => (
                <Paper key={offer.id} component="li" withBorder p="sm" radius="md">
                  <ServiceCard
                    offer={offer}
                    onEdit={mayEdit(offer) ? () => edit.openEdit(offer.id) : undefined}
                  />
                </Paper>
              ))}
            </Stack>
          ) : (
            <ServiceTable
              offers={data.items}
              onEdit={(offer) => (mayEdit(offer) ? () => edit.openEdit(offer.id) : undefined)}
            />
          )
        }
      </QueryState>
      <AppModal
        opened={formOpen}
        onClose={edit.close}
        title={
          editing === undefined
            ? t("services.create")
            : t("services.edit", { organisation: editing.organisation.name })
        }
        size="lg"
      >
        {formOpen && (
          <ServiceForm
            key={editing === undefined ? "new" : `${editing.id}:${String(editing.version)}`}
            {...(editing === undefined ? {} : { offer: editing })}
            onCancel={edit.close}
            onReload={() => {
              void list.refetch();
            }}
            onDone={() => {
              edit.close();
              notifySuccess(t("services.saved"));
            }}
          />
        )}
      </AppModal>
    </>
  );
}

function useOfferText() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  return {
    groups: (offer: ServiceOffer) =>
      offer.groupsServed.map((value) => t(`protect.groups.${value}`)).join(", "),
    languages: (offer: ServiceOffer) =>
      offer.languages.map((code) => languageName(code, i18n.language)).join(", "),
    capacity: (offer: ServiceOffer) => (offer.capacity === null ? "—" : format.number(offer.capacity)),
  };
}

function ServiceTable({
  offers,
  onEdit,
}: {
  offers: readonly ServiceOffer[];
  onEdit: (offer: ServiceOffer) => (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const text = useOfferText();
  return (
    <DataTable
      minWidth={960}
      columns={[
        { label: t("services.fields.organisation") },
        { label: t("services.fields.serviceType") },
        { label: t("services.fields.groupsServed") },
        { label: t("services.fields.languages") },
        { label: t("services.fields.region") },
        { label: t("services.fields.capacity") },
        { label: t("common.status") },
        { label: t("common.actions"), visuallyHidden: true },
      ]}
    >
      {offers.map((offer) => {
        const edit = onEdit(offer);
        return (
          <Table.Tr key={offer.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {offer.organisation.name}
              </Text>
              {offer.organisation.phone !== null && (
                <Text size="xs" c="dimmed">
                  {offer.organisation.phone}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{t(`protect.serviceTypes.${offer.serviceType}`)}</Table.Td>
            <Table.Td>{text.groups(offer)}</Table.Td>
            <Table.Td>{text.languages(offer)}</Table.Td>
            <Table.Td>{offer.region}</Table.Td>
            <Table.Td>{text.capacity(offer)}</Table.Td>
            <Table.Td>
              <ActiveBadge active={offer.active} />
            </Table.Td>
            <Table.Td ta="right">
              {edit !== undefined && (
                <Button
                  size="xs"
                  variant="light"
                  onClick={edit}
                  aria-label={t("services.editThing", {
                    service: t(`protect.serviceTypes.${offer.serviceType}`),
                    organisation: offer.organisation.name,
                  })}
                >
                  {t("common.edit")}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}

function ServiceCard({ offer, onEdit }: { offer: ServiceOffer; onEdit: (() => void) | undefined }) {
  const { t } = useTranslation();
  const text = useOfferText();
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{offer.organisation.name}</Text>
        {!offer.active && <ActiveBadge active={false} />}
      </Group>
      <Group gap={4}>
        <Badge variant="light">{t(`protect.serviceTypes.${offer.serviceType}`)}</Badge>
        <Text size="sm">{offer.region}</Text>
      </Group>
      <Text size="sm">{text.groups(offer)}</Text>
      <Text size="sm" c="dimmed">
        {text.languages(offer)} · {t("services.capacityShort", { capacity: text.capacity(offer) })}
      </Text>
      {offer.organisation.phone !== null && <Text size="sm">{offer.organisation.phone}</Text>}
      {onEdit !== undefined && (
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={onEdit}
          >
            {t("common.edit")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
