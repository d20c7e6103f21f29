import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconSend } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { StatDataset } from "../api/types.ts";
import { STAT_RELEASE_METHODS, type StatReleaseMethod } from "../api/vocabulary.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { pickOne } from "../forms/picklist.ts";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { notifySuccess } from "../ui/notify.ts";
import { protectionRules, ProtectionInputs, RefusalAlert, useBudgetRefusal } from "./protection-inputs.tsx";
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

/**
 * Publishes one year of a dataset as a release: by suppression, or by differential privacy
 * charged to the dataset's budget. The server refuses a release over budget, and says why.
 */
export function ReleaseForm({ datasets }: { datasets: readonly StatDataset[] }) {
  const { t } = useTranslation();
  const create = useCreateRelease();
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
      ...protectionRules(t),
    },
  });
  const errors = useServerErrors(form);
  const refusal = useBudgetRefusal(errors);
  const dataset = datasets.find((d) => d.id === form.values.datasetId);

  const submit = form.onSubmit((values) => {
    const chosen: StatReleaseMethod = pickOne(STAT_RELEASE_METHODS, values.method) ?? "suppression";
    refusal.clear();
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
        onError: refusal.handleError,
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
        <ProtectionInputs
          form={form}
          dataset={dataset}
          texts="statistics.releaseForm"
          cols={2}
          beyondTestId="beyond-budget"
        />
        <Checkbox
          label={t("statistics.releaseForm.public")}
          description={t("statistics.releaseForm.publicHelp")}
          {...form.getInputProps("public", { type: "checkbox" })}
        />
        <RefusalAlert
          refusal={refusal.refusal}
          title={t("statistics.releaseForm.refused")}
          testId="release-refused"
        />
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
