import { Stack, Text, Textarea, TextInput } from "@mantine/core";
import {
  EXPLOITATION_FORMS,
  GENDER_PREFERENCES,
  pathwayFor,
  setFor,
  TRI_STATES,
  type Catalogue,
  type ExploitationForm,
  type Safety,
  type TriState,
} from "@ariadne/domain";
import { useTranslation } from "react-i18next";
import { useCatalogueNames } from "./catalogue-names.ts";
import { ChoiceGroup, type Choice } from "./choice-group.tsx";
import type { DraftState, PendingChanges } from "./pending-changes.ts";

export interface StepProps {
  state: DraftState;
  onChange: (changes: PendingChanges) => void;
}

const SAFETY_QUESTIONS = [
  "dangerNow",
  "urgentMedical",
  "possiblyChild",
  "interpreterNeeded",
] as const satisfies readonly (keyof Safety)[];

function useTriStateChoices(): Choice<TriState>[] {
  const { t } = useTranslation();
  return TRI_STATES.map((value) => ({ value, label: t(`identify.triState.${value}`) }));
}

/** Step 1: the questions that cannot wait. */
export function SafetyStep({ state, onChange }: StepProps) {
  const { t } = useTranslation();
  const choices = useTriStateChoices();
  return (
    <Stack gap="lg">
      <Text>{t("identify.safety.intro")}</Text>
      {SAFETY_QUESTIONS.map((question) => (
        <ChoiceGroup
          key={question}
          legend={t(`identify.safety.questions.${question}.legend`)}
          description={t(`identify.safety.questions.${question}.help`)}
          choices={choices}
          value={state.safety[question]}
          onChange={(value) => {
            onChange({ safety: { [question]: value } });
          }}
          testId={`safety-${question}`}
        />
      ))}
    </Stack>
  );
}

/** Step 2: who should interview and interpret, and what the person fears. All optional. */
export function PreferencesStep({ state, onChange }: StepProps) {
  const { t } = useTranslation();
  const genders: Choice<(typeof GENDER_PREFERENCES)[number]>[] = GENDER_PREFERENCES.map((value) => ({
    value,
    label: t(`identify.preferences.gender.${value}`),
  }));
  return (
    <Stack gap="lg">
      <Text>{t("identify.preferences.intro")}</Text>
      <ChoiceGroup
        legend={t("identify.preferences.interviewerGender")}
        choices={genders}
        value={state.preferences.interviewerGender}
        onChange={(value) => {
          onChange({ preferences: { interviewerGender: value } });
        }}
      />
      <ChoiceGroup
        legend={t("identify.preferences.interpreterGender")}
        choices={genders}
        value={state.preferences.interpreterGender}
        onChange={(value) => {
          onChange({ preferences: { interpreterGender: value } });
        }}
      />
      <TextInput
        label={t("identify.preferences.interpreterLanguage")}
        description={t("identify.preferences.interpreterLanguageHelp")}
        value={state.preferences.interpreterLanguage ?? ""}
        maxLength={60}
        size="md"
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ preferences: { interpreterLanguage: value.trim() === "" ? null : value } });
        }}
      />
      <Textarea
        label={t("identify.preferences.safetyConcerns")}
        description={t("identify.preferences.safetyConcernsHelp")}
        value={state.safetyConcerns ?? ""}
        maxLength={2000}
        autosize
        minRows={3}
        size="md"
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ safetyConcerns: value.trim() === "" ? null : value });
        }}
      />
    </Stack>
  );
}

/** Step 3: the form of exploitation, which with the pathway picks the indicator set. */
export function ExploitationStep({ state, onChange, catalogue }: StepProps & { catalogue: Catalogue }) {
  const { t } = useTranslation();
  const names = useCatalogueNames(catalogue);
  const choices: Choice<ExploitationForm>[] = EXPLOITATION_FORMS.map((value) => ({
    value,
    label: t(`identify.exploitation.forms.${value}`),
  }));
  const set = setFor(pathwayFor(state.safety), state.exploitation);
  return (
    <Stack gap="lg">
      <Text>{t("identify.exploitation.intro")}</Text>
      <ChoiceGroup
        legend={t("identify.exploitation.legend")}
        choices={choices}
        value={state.exploitation}
        columns={1}
        onChange={(value) => {
          onChange({ exploitation: value });
        }}
        testId="exploitation-form"
      />
      {set !== null && (
        <Text size="sm" c="dimmed">
          {t("identify.exploitation.set", { set: names.set(set) })}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t("identify.exploitation.changeLater")}
      </Text>
    </Stack>
  );
}
