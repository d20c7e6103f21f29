import { Button, Checkbox, Group, Table, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ORGANISATION_TYPES, type OrganisationType } from "../api/vocabulary.ts";
import { OrganisationTypeSelect } from "../forms/organisation-type-select.tsx";
import { countryName } from "../i18n/country-names.ts";
import { AppModal } from "../ui/app-modal.tsx";
import { DataTable } from "../ui/data-table.tsx";
import { notifySuccess } from "../ui/notify.ts";
import { QueryState } from "../ui/query-state.tsx";
import { ActiveBadge } from "./active-badge.tsx";
import { AdminSectionHeader } from "./admin-section-header.tsx";
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
      <AdminSectionHeader
        title={t("organisations.title")}
        createLabel={t("organisations.create")}
        onCreate={edit.openCreate}
      />
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
      <QueryState query={list} isEmpty={(data) => data.items.length === 0} empty={t("organisations.empty")}>
        {(data) => (
          <DataTable
            minWidth={720}
            columns={[
              { label: t("organisations.fields.name") },
              { label: t("organisations.fields.type") },
              { label: t("organisations.fields.city") },
              { label: t("organisations.fields.country") },
              { label: t("common.status") },
              { label: t("common.actions"), visuallyHidden: true },
            ]}
          >
            {data.items.map((organisation) => (
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
          </DataTable>
        )}
      </QueryState>
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
