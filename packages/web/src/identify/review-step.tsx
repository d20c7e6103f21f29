import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import type { Catalogue } from "@ariadne/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { countAnswers } from "./answer-progress.ts";
import { useCatalogueNames } from "./catalogue-names.ts";
import { dimensionName, pathwayName } from "./decision-text.ts";
import type { DraftState } from "./pending-changes.ts";
import type { Step, StepKey } from "./screening-steps.ts";

interface ReviewStepProps {
  catalogue: Catalogue;
  state: DraftState;
  steps: readonly Step[];
  onGoTo: (step: StepKey) => void;
  onComplete: () => void;
  completing: boolean;
  /** Why the last attempt to complete failed, if it did. */
  completeProblem: string | null;
}

function Section({
  title,
  onEdit,
  editLabel,
  children,
}: {
  title: string;
  onEdit: () => void;
  editLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={3} size="h5">
            {title}
          </Title>
          {children}
        </Stack>
        <Button
          variant="subtle"
          h={44}
          px="xs"
          onClick={onEdit}
          aria-label={editLabel}
          style={{ flex: "none" }}
        >
          {t("common.edit")}
        </Button>
      </Group>
    </Paper>
  );
}

/** The last step: everything at a glance, with a way back to each step, then "Complete". */
export function ReviewStep(props: ReviewStepProps) {
  const { t } = useTranslation();
  const names = useCatalogueNames(props.catalogue);
  const { state } = props;
  const notGiven = t("identify.review.notGiven");
  const safetyLine = (key: keyof DraftState["safety"]) => {
    const value = state.safety[key];
    return `${t(`identify.safety.questions.${key}.short`)}: ${value === null ? notGiven : t(`identify.triState.${value}`)}`;
  };
  const gender = (value: DraftState["preferences"]["interviewerGender"]) =>
    value === null ? notGiven : t(`identify.preferences.gender.${value}`);
  const editLabel = (title: string) => t("common.editThing", { thing: title });

  return (
    <Stack gap="md">
      <Text>{t("identify.review.intro")}</Text>
      <Section
        title={t("identify.steps.safety")}
        editLabel={editLabel(t("identify.steps.safety"))}
        onEdit={() => {
          props.onGoTo("safety");
        }}
      >
        {(["dangerNow", "urgentMedical", "possiblyChild", "interpreterNeeded"] as const).map((key) => (
          <Text size="sm" key={key}>
            {safetyLine(key)}
          </Text>
        ))}
        <Text size="sm" fw={500}>
          {pathwayName(t, state.pathway)}
        </Text>
      </Section>
      <Section
        title={t("identify.steps.preferences")}
        editLabel={editLabel(t("identify.steps.preferences"))}
        onEdit={() => {
          props.onGoTo("preferences");
        }}
      >
        <Text size="sm">
          {t("identify.preferences.interviewerGender")}: {gender(state.preferences.interviewerGender)}
        </Text>
        <Text size="sm">
          {t("identify.preferences.interpreterGender")}: {gender(state.preferences.interpreterGender)}
        </Text>
        <Text size="sm">
          {t("identify.preferences.interpreterLanguage")}: {state.preferences.interpreterLanguage ?? notGiven}
        </Text>
        <Text size="sm">
          {state.safetyConcerns === null
            ? t("identify.review.noSafetyConcerns")
            : t("identify.review.safetyConcernsRecorded")}
        </Text>
      </Section>
      <Section
        title={t("identify.steps.exploitation")}
        editLabel={editLabel(t("identify.steps.exploitation"))}
        onEdit={() => {
          props.onGoTo("exploitation");
        }}
      >
        <Text size="sm">
          {state.exploitation === null ? notGiven : t(`identify.exploitation.forms.${state.exploitation}`)}
        </Text>
        {state.indicatorSet !== null && (
          <Text size="sm" c="dimmed">
            {names.set(state.indicatorSet)}
          </Text>
        )}
      </Section>
      {props.steps.flatMap((step) => {
        if (!("dimension" in step)) return [];
        const counts = countAnswers(step.indicators, state.answers);
        const title = dimensionName(t, step.dimension);
        return [
          <Section
            key={step.key}
            title={title}
            editLabel={editLabel(title)}
            onEdit={() => {
              props.onGoTo(step.key);
            }}
          >
            <Text size="sm">
              {t("identify.review.counts", {
                present: counts.present,
                absent: counts.absent,
                unknown: counts.unknown,
                notAsked: counts.not_asked,
              })}
            </Text>
          </Section>,
        ];
      })}
      {state.exploitation === null ? (
        <Alert color="orange" variant="light" title={t("identify.review.formMissingTitle")}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("identify.review.formMissing")}</Text>
            <Button
              h={44}
              onClick={() => {
                props.onGoTo("exploitation");
              }}
            >
              {t("identify.dimension.chooseForm")}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t("identify.review.completeHelp")}</Text>
          {props.completeProblem !== null && (
            <Alert color="red" variant="light" role="alert">
              {props.completeProblem}
            </Alert>
          )}
          <Button
            size="lg"
            fullWidth
            leftSection={<IconCheck aria-hidden />}
            loading={props.completing}
            onClick={props.onComplete}
            data-testid="complete-screening"
          >
            {t("identify.review.complete")}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
