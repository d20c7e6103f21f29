import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import type { TFunction } from "i18next";
import { IconDownload, IconUpload } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error.ts";
import { api } from "../api/client.ts";
import { errorMessage } from "../api/error-message.ts";
import { EXCHANGE_FORMATS, type ExchangeFormat } from "../api/protect-vocabulary.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { CaseImportResult } from "../api/types.ts";
import { FileUploadInput } from "../forms/file-upload-input.tsx";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import en from "../i18n/locales/en.json";
import { PasswordField } from "../forms/password-field.tsx";
import { pickOne } from "../forms/picklist.ts";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { DataTable } from "../ui/data-table.tsx";
import { notifySuccess } from "../ui/notify.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { PageSection } from "../ui/page-section.tsx";
import { saveFile } from "../ui/save-file.ts";
import { CONTENT_TYPES, formatOfFile, importProblems, type ImportProblem } from "./import-problems.ts";

/** A field the interface has a label for (the server names fields by their HTCDS key). */
function isCaseField(field: string): field is keyof typeof en.caseFields {
  return Object.hasOwn(en.caseFields, field);
}

/** `/cases/exchange`: the organisation's cases to and from HTCDS files (IOM's template, CSV, JSON). */
export function CaseExchangePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("cases.exchange.title")} description={t("cases.exchange.intro")} />
      <Stack gap="lg">
        <PageSection title={t("cases.exchange.importTitle")}>
          <ImportForm />
        </PageSection>
        <PageSection title={t("cases.exchange.exportTitle")}>
          <ExportForm />
        </PageSection>
      </Stack>
    </>
  );
}

function formatOptions(t: TFunction) {
  return EXCHANGE_FORMATS.map((value) => ({ value, label: t(`cases.exchange.formats.${value}`) }));
}

interface ImportValues {
  file: File | null;
  format: string | null;
  dateOrder: string | null;
}

function ImportForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<CaseImportResult | null>(null);
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ImportValues>({
    initialValues: { file: null, format: null, dateOrder: null },
    validate: {
      file: (value) => (value === null ? t("forms.required") : null),
      format: (value) => (pickOne(EXCHANGE_FORMATS, value) === null ? t("forms.required") : null),
    },
  });
  const upload = useMutation({
    mutationFn: ({
      file,
      format,
      dateOrder,
    }: {
      file: File;
      format: ExchangeFormat;
      dateOrder: "DMY" | "MDY" | null;
    }) =>
      api.importCases({ format, ...(dateOrder === null ? {} : { dateOrder }) }, file, CONTENT_TYPES[format]),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.cases }),
  });
  const submit = form.onSubmit((values) => {
    const format = pickOne(EXCHANGE_FORMATS, values.format);
    if (values.file === null || format === null) return;
    setResult(null);
    setProblems(null);
    setFailure(null);
    const dateOrder = values.dateOrder === "DMY" || values.dateOrder === "MDY" ? values.dateOrder : null;
    upload.mutate(
      { file: values.file, format, dateOrder },
      {
        onSuccess: (imported) => {
          setResult(imported);
          notifySuccess(t("cases.exchange.imported", { count: imported.imported }));
        },
        onError: (error) => {
          if (isApiError(error, "validation_failed") && error.details.length > 0) {
            setProblems(importProblems(error.details));
          } else setFailure(errorMessage(error, t));
        },
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{t("cases.exchange.importIntro")}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <FileUploadInput
            label={t("cases.exchange.file")}
            accept=".xlsx,.csv,.json"
            clearLabel={t("cases.exchange.clearFile")}
            {...form.getInputProps("file")}
            formatOf={formatOfFile}
            onFormat={(format) => {
              form.setFieldValue("format", format);
            }}
          />
          <Select
            label={t("cases.exchange.format")}
            data={formatOptions(t)}
            required
            allowDeselect={false}
            {...form.getInputProps("format")}
          />
          <Select
            label={t("cases.exchange.dateOrder")}
            description={t("cases.exchange.dateOrderHelp")}
            data={[
              { value: "DMY", label: t("cases.exchange.dmy") },
              { value: "MDY", label: t("cases.exchange.mdy") },
            ]}
            clearable
            {...form.getInputProps("dateOrder")}
          />
        </SimpleGrid>
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        {problems !== null && <ImportProblems problems={problems} />}
        {result !== null && (
          <Alert color="teal" variant="light" role="status" data-testid="import-result">
            <Text size="sm" mb={result.caseIds.length > 0 ? "xs" : 0}>
              {t("cases.exchange.imported", { count: result.imported })}
            </Text>
            {result.caseIds.length > 0 && (
              <Anchor renderRoot={(props) => <Link {...props} to="/cases" />} size="sm">
                {t("cases.exchange.toList")}
              </Anchor>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending}>
            {t("cases.exchange.import")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Every problem of a refused file, by row and field, so that the file can be fixed in one go. */
function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  const fieldLabel = (field: string | null) => {
    if (field === null) return "—";
    return isCaseField(field) ? `${t(`caseFields.${field}`)} (${field})` : field;
  };
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t("cases.exchange.refused", { count: problems.length })}
    >
      <Text size="sm" mb="xs">
        {t("cases.exchange.refusedHelp")}
      </Text>
      <DataTable
        minWidth={520}
        verticalSpacing={4}
        data-testid="import-problems"
        columns={[
          { label: t("cases.exchange.row") },
          { label: t("cases.exchange.field") },
          { label: t("cases.exchange.problem") },
        ]}
      >
        {problems.map((problem, index) => (
          <Table.Tr key={`${String(problem.row)}-${problem.field ?? ""}-${String(index)}`}>
            <Table.Td>{problem.row ?? "—"}</Table.Td>
            <Table.Td>{fieldLabel(problem.field)}</Table.Td>
            <Table.Td>{problem.message}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Alert>
  );
}

interface ExportValues {
  format: string;
  protect: boolean;
  password: string;
  confirm: string;
}

function ExportForm() {
  const { t } = useTranslation();
  const form = useForm<ExportValues>({
    initialValues: { format: "xlsx", protect: true, password: "", confirm: "" },
    validate: {
      password: (value, values) =>
        values.protect && value.length < 12 ? t("cases.exchange.passwordRules") : null,
      confirm: (value, values) =>
        values.protect && value !== values.password ? t("forms.passwordsDiffer") : null,
    },
  });
  const errors = useServerErrors(form);
  const download = useMutation({
    mutationFn: (body: { format: ExchangeFormat; password?: string }) => api.exportCases(body),
  });
  const submit = form.onSubmit((values) => {
    const format = pickOne(EXCHANGE_FORMATS, values.format);
    if (format === null) return;
    errors.clearProblem();
    download.mutate(
      { format, ...(values.protect ? { password: values.password } : {}) },
      {
        onSuccess: (file) => {
          saveFile(file.blob, file.fileName ?? `ariadne-cases.${values.protect ? "zip" : format}`);
          notifySuccess(t("cases.exchange.exported"));
          form.setValues({ password: "", confirm: "" });
        },
        onError: errors.handleError,
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{t("cases.exchange.exportIntro")}</Text>
        <Select
          label={t("cases.exchange.format")}
          data={formatOptions(t)}
          allowDeselect={false}
          w={{ base: "100%", sm: 360 }}
          {...form.getInputProps("format")}
        />
        <Checkbox
          label={t("cases.exchange.protect")}
          description={t("cases.exchange.protectHelp")}
          {...form.getInputProps("protect", { type: "checkbox" })}
        />
        {form.values.protect && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <PasswordField
              label={t("cases.exchange.password")}
              description={t("cases.exchange.passwordRules")}
              autoComplete="new-password"
              required
              {...form.getInputProps("password")}
            />
            <PasswordField
              label={t("cases.exchange.confirmPassword")}
              autoComplete="new-password"
              required
              {...form.getInputProps("confirm")}
            />
          </SimpleGrid>
        )}
        {!form.values.protect && (
          <Alert color="orange" variant="light">
            {t("cases.exchange.unprotectedWarning")}
          </Alert>
        )}
        <FormProblemAlert problem={errors.problem} />
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={download.isPending}
          >
            {t("cases.exchange.export")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
