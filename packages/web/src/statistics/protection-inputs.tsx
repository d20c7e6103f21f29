import { Alert, NumberInput, Radio, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error.ts";
import type { StatDataset } from "../api/types.ts";
import { STAT_RELEASE_METHODS } from "../api/vocabulary.ts";
import { pickOne } from "../forms/picklist.ts";
import type { ServerErrors } from "../forms/use-server-errors.ts";
import { compare, formatRational, parseRational, remaining } from "./rational.ts";

/** The fields of a form that protects what it publishes: the method, its threshold and its ε. */
export interface ProtectionValues {
  method: string;
  threshold: number | string;
  epsilon: string;
}

/** The part of a Mantine form the protection inputs need. */
interface ProtectionForm {
  values: ProtectionValues;
  getInputProps: (path: keyof ProtectionValues) => GetInputPropsReturnType;
}

/** Where a form's texts for its protection stand in the locales. */
type ProtectionTexts = "statistics.releaseForm" | "statistics.synthetic";

/** The validation of the protection fields: ε is asked for (and checked) only under differential privacy. */
export function protectionRules(t: TFunction) {
  return {
    threshold: (value: number | string) =>
      typeof value === "number" && Number.isInteger(value) && value >= 2 && value <= 100
        ? null
        : t("statistics.releaseForm.thresholdRule"),
    epsilon: (value: string, values: ProtectionValues) => {
      if (values.method !== "dp-geometric") return null;
      const parsed = parseRational(value);
      return parsed === null || parsed.num === 0n ? t("statistics.releaseForm.epsilonRule") : null;
    },
  };
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

interface ProtectionInputsProps {
  form: ProtectionForm;
  /** The dataset chosen, whose budget differential privacy spends. */
  dataset: StatDataset | undefined;
  texts: ProtectionTexts;
  /** How many columns the threshold's row has. */
  cols: number;
  /** The test id of the warning that ε is more than the budget left. */
  beyondTestId: string;
  /** More inputs on the threshold's row, after ε. */
  children?: ReactNode;
}

/**
 * The protection of a release or a synthesis: suppression below a threshold, or differential
 * privacy with its ε, the dataset's budget and a warning when ε is more than what is left.
 */
export function ProtectionInputs({
  form,
  dataset,
  texts,
  cols,
  beyondTestId,
  children,
}: ProtectionInputsProps) {
  const { t } = useTranslation();
  const method = pickOne(STAT_RELEASE_METHODS, form.values.method) ?? "suppression";
  const left = dataset === undefined ? null : remaining(dataset.budget.epsilon, dataset.spent.epsilon);
  const asked = parseRational(form.values.epsilon);
  const beyond = method === "dp-geometric" && left !== null && asked !== null && compare(asked, left) > 0;
  return (
    <>
      <Radio.Group label={t(`${texts}.method`)} required {...form.getInputProps("method")}>
        <Stack gap={6} mt={4}>
          {STAT_RELEASE_METHODS.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`statistics.methods.${value}`)}
              description={t(`${texts}.methodHelp.${value}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: cols }} spacing="sm">
        <NumberInput
          label={t(`${texts}.threshold`)}
          description={t(`${texts}.thresholdHelp`)}
          required
          min={2}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps("threshold")}
        />
        {method === "dp-geometric" && (
          <TextInput
            label={t(`${texts}.epsilon`)}
            description={t(`${texts}.epsilonHelp`)}
            required
            inputMode="decimal"
            {...form.getInputProps("epsilon")}
          />
        )}
        {children}
      </SimpleGrid>
      {method === "dp-geometric" && dataset !== undefined && (
        <Stack gap={4}>
          <BudgetLine dataset={dataset} />
          {beyond && (
            <Text size="sm" c="red.9" data-testid={beyondTestId}>
              {t("statistics.releaseForm.beyondBudget")}
            </Text>
          )}
        </Stack>
      )}
    </>
  );
}

/**
 * A refusal of the server over budget, kept apart from the form's other problems: the
 * server's own words say how much is left.
 */
export function useBudgetRefusal(errors: ServerErrors) {
  const [refusal, setRefusal] = useState<string | null>(null);
  return {
    refusal,
    clear: () => {
      errors.clearProblem();
      setRefusal(null);
    },
    /** Use as the mutation's `onError`. */
    handleError: (error: unknown) => {
      if (isApiError(error, "conflict")) setRefusal(error.details[0]?.message ?? error.message);
      else errors.handleError(error);
    },
  };
}

/** The server's refusal over budget, in its own words. */
export function RefusalAlert({
  refusal,
  title,
  testId,
}: {
  refusal: string | null;
  title: string;
  testId: string;
}) {
  if (refusal === null) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={title}
      data-testid={testId}
    >
      {refusal}
    </Alert>
  );
}
