import {
  Alert,
  Badge,
  Button,
  Collapse,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDisclosure } from "@mantine/hooks";
import { IconAdjustments, IconUpload } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AdBatch, AdUploadQuery } from "../api/types.ts";
import { FileUploadInput } from "../forms/file-upload-input.tsx";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { pickOne } from "../forms/picklist.ts";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { DataTable } from "../ui/data-table.tsx";
import { notifySuccess } from "../ui/notify.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { PageSection } from "../ui/page-section.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { useAdBatches, useOnlineSettings, useUploadAdBatch } from "./online-queries.ts";
import { UPLOAD_FORMATS, type UploadFormat } from "./online-vocabulary.ts";

const CONTENT_TYPES: Record<UploadFormat, string> = { jsonl: "application/x-ndjson", csv: "text/csv" };

/** The format a file's name suggests. */
export function formatOfFile(name: string): UploadFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) return "jsonl";
  return null;
}

/** `/online/batches`: send a file of ads (JSON lines or CSV), see its report, and earlier batches. */
export function BatchesPage() {
  const { t } = useTranslation();
  const [report, setReport] = useState<AdBatch | null>(null);
  return (
    <>
      <PageHeader title={t("online.batches.title")} description={t("online.batches.intro")} />
      <Stack gap="lg">
        <PageSection title={t("online.batches.uploadTitle")}>
          <UploadForm onDone={setReport} />
        </PageSection>
        {report !== null && (
          <PageSection title={t("online.batches.reportTitle")}>
            <BatchReport batch={report} />
          </PageSection>
        )}
        <PageSection title={t("online.batches.listTitle")}>
          <BatchList />
        </PageSection>
      </Stack>
    </>
  );
}

interface UploadValues {
  file: File | null;
  format: string | null;
  source: string;
  idColumn: string;
  textColumn: string;
  titleColumn: string;
  dateColumn: string;
  placeColumn: string;
  delimiter: string | null;
}

const trimmed = (value: string) => {
  const v = value.trim();
  return v === "" ? undefined : v;
};

function UploadForm({ onDone }: { onDone: (batch: AdBatch) => void }) {
  const { t } = useTranslation();
  const settings = useOnlineSettings();
  const upload = useUploadAdBatch();
  const [columns, { toggle }] = useDisclosure(false);
  const form = useForm<UploadValues>({
    initialValues: {
      file: null,
      format: null,
      source: "",
      idColumn: "",
      textColumn: "",
      titleColumn: "",
      dateColumn: "",
      placeColumn: "",
      delimiter: null,
    },
    validate: {
      file: (value) => (value === null ? t("forms.required") : null),
      format: (value) => (pickOne(UPLOAD_FORMATS, value) === null ? t("forms.required") : null),
      source: (value) => (value.trim() === "" ? t("forms.required") : null),
    },
  });
  const errors = useServerErrors(form);
  const submit = form.onSubmit((values) => {
    const format = pickOne(UPLOAD_FORMATS, values.format);
    if (values.file === null || format === null) return;
    errors.clearProblem();
    const optional = {
      idColumn: trimmed(values.idColumn),
      textColumn: trimmed(values.textColumn),
      titleColumn: trimmed(values.titleColumn),
      dateColumn: trimmed(values.dateColumn),
      placeColumn: trimmed(values.placeColumn),
      delimiter: pickOne([",", ";", "tab"] as const, values.delimiter) ?? undefined,
    };
    const query: AdUploadQuery = { format, source: values.source.trim() };
    for (const [key, value] of Object.entries(optional))
      if (value !== undefined) Object.assign(query, { [key]: value });
    upload.mutate(
      { query, file: values.file, contentType: CONTENT_TYPES[format] },
      {
        onSuccess: (batch) => {
          notifySuccess(t("online.batches.done", { count: batch.analysed }));
          onDone(batch);
        },
        onError: errors.handleError,
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{t("online.batches.uploadIntro")}</Text>
        {settings.data !== undefined && (
          <Text size="sm" c="dimmed" data-testid="retention-note">
            {t("online.batches.retention", { count: settings.data.textRetentionDays })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <FileUploadInput
            label={t("online.batches.file")}
            accept=".jsonl,.ndjson,.json,.csv"
            clearLabel={t("online.batches.clearFile")}
            {...form.getInputProps("file")}
            formatOf={formatOfFile}
            onFormat={(format) => {
              form.setFieldValue("format", format);
            }}
          />
          <Select
            label={t("online.batches.format")}
            required
            data={UPLOAD_FORMATS.map((value) => ({ value, label: t(`online.batches.formats.${value}`) }))}
            {...form.getInputProps("format")}
          />
          <TextInput
            label={t("online.batches.source")}
            description={t("online.batches.sourceHelp")}
            required
            maxLength={200}
            {...form.getInputProps("source")}
          />
        </SimpleGrid>
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconAdjustments size={16} aria-hidden />}
            onClick={toggle}
            aria-expanded={columns}
          >
            {t("online.batches.columns")}
          </Button>
        </Group>
        <Collapse expanded={columns}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t("online.batches.idColumn")}
              placeholder="id"
              {...form.getInputProps("idColumn")}
            />
            <TextInput
              label={t("online.batches.textColumn")}
              placeholder="text"
              {...form.getInputProps("textColumn")}
            />
            <TextInput
              label={t("online.batches.titleColumn")}
              placeholder="title"
              {...form.getInputProps("titleColumn")}
            />
            <TextInput
              label={t("online.batches.dateColumn")}
              placeholder="date"
              {...form.getInputProps("dateColumn")}
            />
            <TextInput
              label={t("online.batches.placeColumn")}
              placeholder="place"
              {...form.getInputProps("placeColumn")}
            />
            <Select
              label={t("online.batches.delimiter")}
              placeholder=","
              clearable
              data={[
                { value: ",", label: t("online.batches.delimiters.comma") },
                { value: ";", label: t("online.batches.delimiters.semicolon") },
                { value: "tab", label: t("online.batches.delimiters.tab") },
              ]}
              {...form.getInputProps("delimiter")}
            />
          </SimpleGrid>
        </Collapse>
        <FormProblemAlert problem={errors.problem} />
        <Group>
          <Button type="submit" loading={upload.isPending} leftSection={<IconUpload size={18} aria-hidden />}>
            {t("online.batches.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function StatusBadge({ status }: { status: AdBatch["status"] }) {
  const { t } = useTranslation();
  const color = status === "complete" ? "teal" : status === "failed" ? "red" : "blue";
  return (
    <Badge variant="light" color={color}>
      {t(`online.batches.status.${status}`)}
    </Badge>
  );
}

/** What a batch did: counts, skipped rows by reason, the first skipped rows by number. */
function BatchReport({ batch }: { batch: AdBatch }) {
  const { t } = useTranslation();
  const reasons = Object.entries(batch.skippedReasons).filter(([, n]) => n > 0);
  return (
    <Stack gap="sm" data-testid="batch-report">
      <Group gap="xs">
        <StatusBadge status={batch.status} />
        <Text size="sm">
          {t("online.batches.counts", {
            received: batch.received,
            analysed: batch.analysed,
            skipped: batch.skipped,
            networks: batch.networks,
          })}
        </Text>
      </Group>
      {batch.truncated > 0 && (
        <Text size="sm">{t("online.batches.truncated", { count: batch.truncated })}</Text>
      )}
      {batch.repaired > 0 && <Text size="sm">{t("online.batches.repaired", { count: batch.repaired })}</Text>}
      {batch.error !== null && (
        <Alert color="red" variant="light">
          {batch.error}
        </Alert>
      )}
      {reasons.length > 0 && (
        <DataTable
          minWidth={360}
          columns={[{ label: t("online.batches.reason") }, { label: t("online.batches.rows") }]}
        >
          {reasons.map(([reason, count]) => (
            <Table.Tr key={reason}>
              <Table.Td>{t(`online.skip.${reason}`, { defaultValue: reason })}</Table.Td>
              <Table.Td>{count}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {batch.problems.length > 0 && (
        <Text size="sm" c="dimmed">
          {t("online.batches.firstRows", {
            rows: batch.problems
              .slice(0, 20)
              .map((p) => `${String(p.row)}${p.id === null ? "" : ` (${p.id})`}`)
              .join(", "),
          })}
        </Text>
      )}
      {batch.status === "complete" && batch.networks > 0 && (
        <Group>
          <Button component={Link} to="/online" variant="light" size="compact-sm">
            {t("online.batches.seeNetworks")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function BatchList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const batches = useAdBatches();
  return (
    <QueryState query={batches} isEmpty={(data) => data.items.length === 0} empty={t("online.batches.empty")}>
      {(data) => (
        <DataTable
          minWidth={720}
          columns={[
            { label: t("online.batches.when") },
            { label: t("online.batches.source") },
            { label: t("online.batches.format") },
            { label: t("common.status") },
            { label: t("online.batches.analysed") },
            { label: t("online.batches.skipped") },
            { label: t("online.batches.networks") },
          ]}
        >
          {data.items.map((batch) => (
            <Table.Tr key={batch.id}>
              <Table.Td>{format.dateTime(batch.createdAt)}</Table.Td>
              <Table.Td>{batch.source}</Table.Td>
              <Table.Td>{t(`online.batches.formats.${batch.format}`)}</Table.Td>
              <Table.Td>
                <StatusBadge status={batch.status} />
              </Table.Td>
              <Table.Td>{batch.analysed}</Table.Td>
              <Table.Td>{batch.skipped}</Table.Td>
              <Table.Td>{batch.networks}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </QueryState>
  );
}
