import { Button, Checkbox, Group, Table, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ORGANISATION_TYPES, type OrganisationType } from "../api/vocabulary.ts";
import { OrganisationTypeSelect } from "../forms/organisation-type-select.tsx";
import { countryName } from "../i18n/country-names.ts";
import { QueryError } from "../shell/query-error.tsx";
import { AppModal } from "../ui/app-modal.tsx";
import { LoadingState } from "../ui/loading-state.tsx";
import { notifySuccess } from "../ui/notify.ts";
import { ActiveBadge } from "./active-badge.tsx";
import { useEditTarget } from "./edit-state.ts";
import { OrganisationForm } from "./organisation-form.tsx";
import { useOrganisationList } from "./organisation-queries.ts";

export function OrganisationsPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState("");
  const [type, setType] = useState<OrganisationType | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const list = useOrganisationList({
    ...(debouncedSearch === "" ? {} : { search: debouncedSearch }),
    ...(type === null ? {} : { type }),
    ...(includeInactive ? { includeInactive: "true" } : {}),
  });
  const edit = useEditTarget();
  const editing = edit.find(list.data?.items);

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3">
          {t("organisations.title")}
        </Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={edit.openCreate}>
          {t("organisations.create")}
        </Button>
      </Group>
      <Group mb="md" align="flex-end" gap="sm">
        <TextInput
          label={t("common.search")}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
          }}
          w={{ base: "100%", xs: 240 }}
        />
        <OrganisationTypeSelect
          label={t("organisations.fields.type")}
          placeholder={t("common.all")}
          clearable
          allowDeselect
          value={type}
          onChange={(value) => {
            setType(ORGANISATION_TYPES.find((candidate) => candidate === value) ?? null);
          }}
          w={{ base: "100%", xs: 260 }}
        />
        <Checkbox
          label={t("organisations.includeInactive")}
          checked={includeInactive}
          onChange={(event) => {
            setIncludeInactive(event.currentTarget.checked);
          }}
          mb={8}
        />
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <QueryError
          error={list.error}
          onRetry={() => {
            void list.refetch();
          }}
        />
      ) : list.data.items.length === 0 ? (
        <Text>{t("organisations.empty")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("organisations.fields.name")}</Table.Th>
                <Table.Th scope="col">{t("organisations.fields.type")}</Table.Th>
                <Table.Th scope="col">{t("organisations.fields.city")}</Table.Th>
                <Table.Th scope="col">{t("organisations.fields.country")}</Table.Th>
                <Table.Th scope="col">{t("common.status")}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((organisation) => (
                <Table.Tr key={organisation.id}>
                  <Table.Td fw={500}>{organisation.org_Name}</Table.Td>
                  <Table.Td>{t(`organisationTypes.${organisation.org_Type}`)}</Table.Td>
                  <Table.Td>{organisation.org_ShippingCity ?? ""}</Table.Td>
                  <Table.Td>
                    {organisation.org_ShippingCountry === null
                      ? ""
                      : countryName(organisation.org_ShippingCountry, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    <ActiveBadge active={organisation.active} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        edit.openEdit(organisation.id);
                      }}
                      aria-label={t("common.editThing", { thing: organisation.org_Name })}
                    >
                      {t("common.edit")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AppModal
        opened={edit.target.mode === "create" || editing !== undefined}
        onClose={edit.close}
        title={
          editing === undefined
            ? t("organisations.create")
            : t("organisations.edit", { name: editing.org_Name })
        }
        size="lg"
      >
        {(edit.target.mode === "create" || editing !== undefined) && (
          <OrganisationForm
            key={editing === undefined ? "new" : `${editing.id}:${String(editing.version)}`}
            {...(editing === undefined ? {} : { organisation: editing })}
            onCancel={edit.close}
            onReload={() => {
              void list.refetch();
            }}
            onDone={(saved) => {
              edit.close();
              notifySuccess(t("organisations.saved", { name: saved.org_Name }));
            }}
          />
        )}
      </AppModal>
    </>
  );
}
