import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error.ts";
import type { StatDataset } from "../api/types.ts";
import { STAT_RELEASE_METHODS, type StatReleaseMethod } from "../api/vocabulary.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { pickOne } from "../forms/picklist.ts";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { notifySuccess } from "../ui/notify.ts";
import { compare, formatRational, parseRational, remaining } from "./rational.ts";
import { useCreateRelease } from "./stat-queries.ts";
import { defaultYear } from "./statistics-search.ts";

interface ReleaseValues {
  datasetId: string;
  year: number | string;
  title: string;
  method: string;
  threshold: number | string;
  epsilon: string;
  public: boolean;
}

/** The privacy budget of a dataset in words: total, spent and what is left. */
export function BudgetLine({ dataset }: { dataset: StatDataset }) {
  const { t, i18n } = useTranslation();
  const left = remaining(dataset.budget.epsilon, dataset.spent.epsilon);
  const format = (text: string) => {
    const value = parseRational(text);
    return value === null ? text : formatRational(value, i18n.language);
  };
  return (
    <Text size="sm" data-testid="budget-line">
      {t("statistics.budget.line", {
        budget: format(dataset.budget.epsilon),
        spent: format(dataset.spent.epsilon),
        remaining: left === null ? "?" : formatRational(left, i18n.language),
      })}
    </Text>
  );
}

/**
 * Publishes one year of a dataset as a release: by suppression, or by differential privacy
 * charged to the dataset's budget. The server refuses a release over budget, and says why.
 */
export function ReleaseForm({ datasets }: { datasets: readonly StatDataset[] }) {
  const { t } = useTranslation();
  const create = useCreateRelease();
  const [refusal, setRefusal] = useState<string | null>(null);
  const first = datasets.find((d) => d.kind === "cases") ?? datasets[0];
  const year = defaultYear();
  const form = useForm<ReleaseValues>({
    initialValues: {
      datasetId: first?.id ?? "",
      year,
      title: t("statistics.releaseForm.defaultTitle", { year }),
      method: "dp-geometric",
      threshold: 5,
      epsilon: "1",
      public: false,
    },
    // The suggested title follows the year until someone writes their own.
    onValuesChange: (values, previous) => {
      if (values.year === previous.year) return;
      if (values.title === t("statistics.releaseForm.defaultTitle", { year: previous.year }))
        form.setFieldValue("title", t("statistics.releaseForm.defaultTitle", { year: values.year }));
    },
    validate: {
      datasetId: (value) => (value === "" ? t("forms.required") : null),
      year: (value) =>
        typeof value === "number" && Number.isInteger(value) && value >= 1990 && value <= 2100
          ? null
          : t("statistics.releaseForm.yearRule"),
      title: (value) => (value.trim() === "" ? t("forms.required") : null),
      threshold: (value) =>
        typeof value === "number" && Number.isInteger(value) && value >= 2 && value <= 100
          ? null
          : t("statistics.releaseForm.thresholdRule"),
      epsilon: (value, values) => {
        if (values.method !== "dp-geometric") return null;
        const parsed = parseRational(value);
        return parsed === null || parsed.num === 0n ? t("statistics.releaseForm.epsilonRule") : null;
      },
    },
  });
  const errors = useServerErrors(form);
  const dataset = datasets.find((d) => d.id === form.values.datasetId);
  const method = pickOne(STAT_RELEASE_METHODS, form.values.method) ?? "suppression";
  const left = dataset === undefined ? null : remaining(dataset.budget.epsilon, dataset.spent.epsilon);
  const asked = parseRational(form.values.epsilon);
  const beyond = method === "dp-geometric" && left !== null && asked !== null && compare(asked, left) > 0;

  const submit = form.onSubmit((values) => {
    const chosen: StatReleaseMethod = pickOne(STAT_RELEASE_METHODS, values.method) ?? "suppression";
    errors.clearProblem();
    setRefusal(null);
    create.mutate(
      {
        datasetId: values.datasetId,
        year: Number(values.year),
        title: values.title.trim(),
        method: chosen,
        threshold: Number(values.threshold),
        ...(chosen === "dp-geometric" ? { epsilon: values.epsilon.trim() } : {}),
        public: values.public,
      },
      {
        onSuccess: () => {
          notifySuccess(t("statistics.releaseForm.created", { title: values.title.trim() }));
        },
        onError: (error) => {
          // Over budget: the server's own words say how much is left.
          if (isApiError(error, "conflict")) setRefusal(error.details[0]?.message ?? error.message);
          else errors.handleError(error);
        },
      },
    );
  });

  return (
    <form noValidate onSubmit={submit} data-testid="release-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t("statistics.releaseForm.dataset")}
            data={datasets.map((d) => ({ value: d.id, label: d.name }))}
            required
            allowDeselect={false}
            {...form.getInputProps("datasetId")}
          />
          <NumberInput
            label={t("statistics.releaseForm.year")}
            required
            min={1990}
            max={2100}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps("year")}
          />
        </SimpleGrid>
        <TextInput
          label={t("statistics.releaseForm.title")}
          required
          maxLength={200}
          {...form.getInputProps("title")}
        />
        <Radio.Group label={t("statistics.releaseForm.method")} required {...form.getInputProps("method")}>
          <Stack gap={6} mt={4}>
            {STAT_RELEASE_METHODS.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`statistics.methods.${value}`)}
                description={t(`statistics.releaseForm.methodHelp.${value}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t("statistics.releaseForm.threshold")}
            description={t("statistics.releaseForm.thresholdHelp")}
            required
            min={2}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps("threshold")}
          />
          {method === "dp-geometric" && (
            <TextInput
              label={t("statistics.releaseForm.epsilon")}
              description={t("statistics.releaseForm.epsilonHelp")}
              required
              inputMode="decimal"
              {...form.getInputProps("epsilon")}
            />
          )}
        </SimpleGrid>
        {method === "dp-geometric" && dataset !== undefined && (
          <Stack gap={4}>
            <BudgetLine dataset={dataset} />
            {beyond && (
              <Text size="sm" c="red.9" data-testid="beyond-budget">
                {t("statistics.releaseForm.beyondBudget")}
              </Text>
            )}
          </Stack>
        )}
        <Checkbox
          label={t("statistics.releaseForm.public")}
          description={t("statistics.releaseForm.publicHelp")}
          {...form.getInputProps("public", { type: "checkbox" })}
        />
        {refusal !== null && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            icon={<IconAlertTriangle aria-hidden />}
            title={t("statistics.releaseForm.refused")}
            data-testid="release-refused"
          >
            {refusal}
          </Alert>
        )}
        <FormProblemAlert problem={errors.problem} />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} leftSection={<IconSend size={16} aria-hidden />}>
            {t("statistics.releaseForm.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
