import { Button, Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconFilter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AUDIT_OUTCOMES, type AuditOutcome } from "../api/vocabulary.ts";
import { ActorFilter } from "./actor-filter.tsx";
import { EMPTY_AUDIT_FILTERS, type AuditFilterValues } from "./audit-filters.ts";

interface AuditFilterFormProps {
  onApply: (values: AuditFilterValues) => void;
}

function isOutcome(value: string | null): value is AuditOutcome {
  return AUDIT_OUTCOMES.some((outcome) => outcome === value);
}

export function AuditFilterForm({ onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const form = useForm<AuditFilterValues>({ initialValues: EMPTY_AUDIT_FILTERS });
  return (
    <form
      onSubmit={form.onSubmit(onApply)}
      onReset={() => {
        form.reset();
        onApply(EMPTY_AUDIT_FILTERS);
      }}
      aria-label={t("audit.filtersLabel")}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mb="sm">
        <ActorFilter
          value={form.values.actorUserId}
          onChange={(value) => {
            form.setFieldValue("actorUserId", value);
          }}
        />
        <TextInput
          label={t("audit.fields.action")}
          description={t("audit.actionHelp")}
          spellCheck={false}
          {...form.getInputProps("action")}
        />
        <TextInput
          label={t("audit.fields.resourceType")}
          spellCheck={false}
          {...form.getInputProps("resourceType")}
        />
        <TextInput
          label={t("audit.fields.resourceId")}
          spellCheck={false}
          {...form.getInputProps("resourceId")}
        />
        <Select
          label={t("audit.fields.outcome")}
          placeholder={t("common.all")}
          data={AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) }))}
          clearable
          value={form.values.outcome}
          onChange={(value) => {
            form.setFieldValue("outcome", isOutcome(value) ? value : null);
          }}
        />
        <TextInput type="date" label={t("audit.fields.from")} {...form.getInputProps("fromDate")} />
        <TextInput type="date" label={t("audit.fields.to")} {...form.getInputProps("toDate")} />
      </SimpleGrid>
      <Group gap="xs">
        <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
          {t("audit.applyFilters")}
        </Button>
        <Button type="reset" variant="default">
          {t("audit.clearFilters")}
        </Button>
      </Group>
    </form>
  );
}
