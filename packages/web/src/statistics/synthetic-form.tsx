import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconSparkles } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { StatDataset } from "../api/types.ts";
import {
  STAT_RELEASE_METHODS,
  STAT_SYNTHETIC_ATTRIBUTES,
  type StatReleaseMethod,
  type StatSyntheticAttribute,
} from "../api/vocabulary.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { pickOne } from "../forms/picklist.ts";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { notifySuccess } from "../ui/notify.ts";
import { protectionRules, ProtectionInputs, RefusalAlert, useBudgetRefusal } from "./protection-inputs.tsx";
import { useCreateSynthetic } from "./stat-queries.ts";
import { defaultYear } from "./statistics-search.ts";
import { useAttributeLabel } from "./synthetic-labels.ts";

/** The most records one synthesis makes (the server's limit). */
const MAX_RECORDS = 200_000;
const MAX_LENGTH = 4;
const DEFAULT_ATTRIBUTES: StatSyntheticAttribute[] = ["sex", "age_group", "citizenship_group", "form"];

interface SyntheticValues {
  datasetId: string;
  title: string;
  fromYear: number | string;
  toYear: number | string;
  attributes: string[];
  combinationLength: number | string;
  method: string;
  threshold: number | string;
  epsilon: string;
  records: number | string;
}

const isYear = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1990 && value <= 2100;

/**
 * Makes synthetic microdata from a dataset: the statistician picks the years, the attributes,
 * the combination length and the protection (suppression, or differential privacy charged to
 * the dataset's budget). The server refuses a synthesis over budget, and says why.
 */
export function SyntheticForm({ datasets }: { datasets: readonly StatDataset[] }) {
  const { t } = useTranslation();
  const attributeLabel = useAttributeLabel();
  const create = useCreateSynthetic();
  const first = datasets.find((d) => d.kind === "cases") ?? datasets[0];
  const last = defaultYear();
  const from = last - 3;
  const form = useForm<SyntheticValues>({
    initialValues: {
      datasetId: first?.id ?? "",
      title: t("statistics.synthetic.defaultTitle", { from, to: last }),
      fromYear: from,
      toYear: last,
      attributes: DEFAULT_ATTRIBUTES,
      combinationLength: 2,
      method: "suppression",
      threshold: 5,
      epsilon: "1",
      records: "",
    },
    // The suggested title follows the years until someone writes their own.
    onValuesChange: (values, previous) => {
      if (values.fromYear === previous.fromYear && values.toYear === previous.toYear) return;
      if (
        values.title ===
        t("statistics.synthetic.defaultTitle", { from: previous.fromYear, to: previous.toYear })
      )
        form.setFieldValue(
          "title",
          t("statistics.synthetic.defaultTitle", { from: values.fromYear, to: values.toYear }),
        );
    },
    validate: {
      datasetId: (value) => (value === "" ? t("forms.required") : null),
      title: (value) => (value.trim() === "" ? t("forms.required") : null),
      fromYear: (value) => (isYear(value) ? null : t("statistics.releaseForm.yearRule")),
      toYear: (value, values) =>
        isYear(value) && (!isYear(values.fromYear) || value >= values.fromYear)
          ? null
          : t("statistics.synthetic.toYearRule"),
      attributes: (value) => (value.length === 0 ? t("statistics.synthetic.attributesRule") : null),
      combinationLength: (value, values) => {
        const max = Math.max(1, Math.min(MAX_LENGTH, values.attributes.length));
        return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= max
          ? null
          : t("statistics.synthetic.lengthRule", { max });
      },
      ...protectionRules(t),
      records: (value) =>
        value === "" ||
        (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_RECORDS)
          ? null
          : t("statistics.synthetic.recordsRule"),
    },
  });
  const errors = useServerErrors(form);
  const refusal = useBudgetRefusal(errors);
  const dataset = datasets.find((d) => d.id === form.values.datasetId);

  const submit = form.onSubmit((values) => {
    const chosen: StatReleaseMethod = pickOne(STAT_RELEASE_METHODS, values.method) ?? "suppression";
    const attributes = STAT_SYNTHETIC_ATTRIBUTES.filter((a) => values.attributes.includes(a));
    refusal.clear();
    create.mutate(
      {
        datasetId: values.datasetId,
        title: values.title.trim(),
        fromYear: Number(values.fromYear),
        toYear: Number(values.toYear),
        attributes,
        combinationLength: Number(values.combinationLength),
        method: chosen,
        threshold: Number(values.threshold),
        ...(chosen === "dp-geometric" ? { epsilon: values.epsilon.trim() } : {}),
        ...(values.records === "" ? {} : { records: Number(values.records) }),
      },
      {
        onSuccess: (made) => {
          notifySuccess(t("statistics.synthetic.ready", { title: values.title.trim(), count: made.records }));
        },
        onError: refusal.handleError,
      },
    );
  });

  return (
    <form noValidate onSubmit={submit} data-testid="synthetic-form">
      <Stack gap="sm">
        <Text size="sm">{t("statistics.synthetic.intro")}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t("statistics.synthetic.dataset")}
            data={datasets.map((d) => ({ value: d.id, label: d.name }))}
            required
            allowDeselect={false}
            {...form.getInputProps("datasetId")}
          />
          <TextInput
            label={t("statistics.synthetic.title")}
            required
            maxLength={200}
            {...form.getInputProps("title")}
          />
          <NumberInput
            label={t("statistics.synthetic.fromYear")}
            required
            min={1990}
            max={2100}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps("fromYear")}
          />
          <NumberInput
            label={t("statistics.synthetic.toYear")}
            required
            min={1990}
            max={2100}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps("toYear")}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t("statistics.synthetic.attributes")}
          description={t("statistics.synthetic.attributesHelp")}
          required
          {...form.getInputProps("attributes")}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing={6} mt={6}>
            {STAT_SYNTHETIC_ATTRIBUTES.map((attribute) => (
              <Checkbox key={attribute} value={attribute} label={attributeLabel(attribute)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <NumberInput
          label={t("statistics.synthetic.length")}
          description={t("statistics.synthetic.lengthHelp")}
          required
          min={1}
          max={MAX_LENGTH}
          allowDecimal={false}
          allowNegative={false}
          maw={360}
          {...form.getInputProps("combinationLength")}
        />
        <ProtectionInputs
          form={form}
          dataset={dataset}
          texts="statistics.synthetic"
          cols={3}
          beyondTestId="synthetic-beyond-budget"
        >
          <NumberInput
            label={t("statistics.synthetic.records")}
            description={t("statistics.synthetic.recordsHelp")}
            min={1}
            max={MAX_RECORDS}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps("records")}
          />
        </ProtectionInputs>
        <RefusalAlert
          refusal={refusal.refusal}
          title={t("statistics.synthetic.refused")}
          testId="synthetic-refused"
        />
        <FormProblemAlert problem={errors.problem} />
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconSparkles size={16} aria-hidden />}
          >
            {t("statistics.synthetic.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
