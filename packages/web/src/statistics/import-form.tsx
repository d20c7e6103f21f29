import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../api/error-message.ts";
import type { StatImportResult } from "../api/types.ts";
import { STAT_IMPORT_FORMATS } from "../api/vocabulary.ts";
import { importProblems, type ImportProblem } from "../cases/import-problems.ts";
import { CountrySelect } from "../forms/country-select.tsx";
import { FileUploadInput } from "../forms/file-upload-input.tsx";
import { pickOne } from "../forms/picklist.ts";
import { notifySuccess } from "../ui/notify.ts";
import { ScrollRegion } from "./scroll-region.tsx";
import { useImportStatDataset } from "./stat-queries.ts";

interface ImportValues {
  file: File | null;
  format: string | null;
  name: string;
  reportingCountry: string | null;
  acceptUnknownCodes: boolean;
}

/**
 * Imports an outside dataset (CTDC, UNODC GLOTIP, Eurostat) from its CSV file. A refused file
 * comes back with every problem, unknown codes named, so that it can be fixed in one go; or
 * its unknown codes can be counted as unknown.
 */
export function ImportDatasetForm() {
  const { t } = useTranslation();
  const upload = useImportStatDataset();
  const [result, setResult] = useState<StatImportResult | null>(null);
  const [problems, setProblems] = useState<{ message: string; items: ImportProblem[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ImportValues>({
    initialValues: { file: null, format: null, name: "", reportingCountry: null, acceptUnknownCodes: false },
    validate: {
      file: (value) => (value === null ? t("forms.required") : null),
      format: (value) => (pickOne(STAT_IMPORT_FORMATS, value) === null ? t("forms.required") : null),
      name: (value) => (value.trim() === "" ? t("forms.required") : null),
      reportingCountry: (value) => (value === null ? t("forms.required") : null),
    },
  });
  const submit = form.onSubmit((values) => {
    const format = pickOne(STAT_IMPORT_FORMATS, values.format);
    if (values.file === null || format === null || values.reportingCountry === null) return;
    setResult(null);
    setProblems(null);
    setFailure(null);
    upload.mutate(
      {
        query: {
          format,
          name: values.name.trim(),
          reportingCountry: values.reportingCountry,
          acceptUnknownCodes: values.acceptUnknownCodes ? "true" : "false",
        },
        file: values.file,
      },
      {
        onSuccess: (imported) => {
          setResult(imported);
          notifySuccess(t("statistics.import.imported", { count: imported.records }));
        },
        onError: (error) => {
          if (isApiError(error, "validation_failed") && error.details.length > 0)
            setProblems({ message: error.message, items: importProblems(error.details) });
          else setFailure(errorMessage(error, t));
        },
      },
    );
  });
  return (
    <form noValidate onSubmit={submit} data-testid="import-form">
      <Stack gap="sm">
        <Text size="sm">{t("statistics.import.intro")}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <FileUploadInput
            label={t("statistics.import.file")}
            accept=".csv,text/csv"
            clearLabel={t("statistics.import.clearFile")}
            {...form.getInputProps("file")}
          />
          <Select
            label={t("statistics.import.format")}
            data={STAT_IMPORT_FORMATS.map((value) => ({
              value,
              label: t(`statistics.import.formats.${value}`),
            }))}
            required
            allowDeselect={false}
            {...form.getInputProps("format")}
          />
          <TextInput
            label={t("statistics.import.name")}
            required
            maxLength={200}
            {...form.getInputProps("name")}
          />
          <CountrySelect
            label={t("statistics.import.reportingCountry")}
            description={t("statistics.import.reportingCountryHelp")}
            required
            {...form.getInputProps("reportingCountry")}
          />
        </SimpleGrid>
        <Checkbox
          label={t("statistics.import.acceptUnknown")}
          description={t("statistics.import.acceptUnknownHelp")}
          {...form.getInputProps("acceptUnknownCodes", { type: "checkbox" })}
        />
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        {problems !== null && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={t("statistics.import.refused", { count: problems.items.length })}
            // The problems' table scrolls inside the alert rather than widening it.
            styles={{ body: { minWidth: 0 } }}
          >
            <Text size="sm" mb="xs">
              {t("statistics.import.refusedHelp")}
            </Text>
            <ScrollRegion label={t("statistics.import.refused", { count: problems.items.length })}>
              <Table striped miw={600} verticalSpacing={4} data-testid="stat-import-problems">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("statistics.import.row")}</Table.Th>
                    <Table.Th scope="col">{t("statistics.import.column")}</Table.Th>
                    <Table.Th scope="col">{t("statistics.import.problem")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {problems.items.map((problem, index) => (
                    <Table.Tr key={`${String(problem.row)}-${problem.field ?? ""}-${String(index)}`}>
                      <Table.Td>{problem.row ?? "—"}</Table.Td>
                      <Table.Td>{problem.field ?? "—"}</Table.Td>
                      <Table.Td>{problem.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          </Alert>
        )}
        {result !== null && (
          <Alert color="teal" variant="light" role="status" data-testid="stat-import-result">
            <Text size="sm">{t(`statistics.import.done.${result.kind}`, { count: result.records })}</Text>
            {result.unknownCodes.length > 0 && (
              <>
                <Text size="sm" mt="xs">
                  {t("statistics.import.unknownCounted")}
                </Text>
                <List size="sm">
                  {result.unknownCodes.map((code) => (
                    <List.Item key={`${code.column}:${code.value}`}>
                      {t("statistics.import.unknownCode", {
                        column: code.column,
                        value: code.value,
                        count: code.rows,
                      })}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending}>
            {t("statistics.import.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
