import { Alert, Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { IconNote, IconX } from "@tabler/icons-react";
import {
  promptFor,
  type Answer,
  type Catalogue,
  type CatalogueLanguage,
  type Indicator,
  type ScreenerRole,
} from "@ariadne/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { countAnswers } from "./answer-progress.ts";
import { useCatalogueNames } from "./catalogue-names.ts";
import { ChoiceGroup, type Choice } from "./choice-group.tsx";
import type { StepProps } from "./step-content.tsx";

/** The answers a screener gives; "not asked" is the absence of an answer. */
const GIVEN_ANSWERS = ["present", "absent", "unknown"] as const satisfies readonly Answer[];
type GivenAnswer = (typeof GIVEN_ANSWERS)[number];

const isGiven = (answer: Answer | undefined): answer is GivenAnswer =>
  GIVEN_ANSWERS.some((given) => given === answer);

interface DimensionStepProps extends StepProps {
  catalogue: Catalogue;
  indicators: readonly Indicator[];
  /** The interview's language and the screener's role pick the wording of each question. */
  language: CatalogueLanguage;
  role: ScreenerRole;
  onChooseForm: () => void;
}

/** One dimension: each indicator of the set as a question, answered present / absent / unknown. */
export function DimensionStep({
  state,
  onChange,
  catalogue,
  indicators,
  language,
  role,
  onChooseForm,
}: DimensionStepProps) {
  const { t } = useTranslation();
  const names = useCatalogueNames(catalogue);
  const choices: Choice<GivenAnswer>[] = GIVEN_ANSWERS.map((value) => ({
    value,
    label: t(`identify.answers.${value}`),
  }));

  if (state.indicatorSet === null) {
    return (
      <Alert color="blue" variant="light" title={t("identify.dimension.noSetTitle")}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t("identify.dimension.noSet")}</Text>
          <Button onClick={onChooseForm} h={44}>
            {t("identify.dimension.chooseForm")}
          </Button>
        </Stack>
      </Alert>
    );
  }

  const counts = countAnswers(indicators, state.answers);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("identify.dimension.howTo")}
      </Text>
      <Text size="sm" fw={500}>
        {t("identify.dimension.answered", { answered: counts.answered, total: counts.total })}
      </Text>
      {indicators.map((indicator, index) => {
        const answer = state.answers[indicator.id];
        return (
          <IndicatorQuestion
            key={indicator.id}
            number={index + 1}
            prompt={promptFor(indicator, language, role)}
            promptLanguage={language}
            label={names.indicator(indicator.id)}
            choices={choices}
            answer={isGiven(answer) ? answer : null}
            note={state.notes[indicator.id] ?? ""}
            onAnswer={(value) => {
              onChange({ answers: { [indicator.id]: value } });
            }}
            onNote={(value) => {
              onChange({ notes: { [indicator.id]: value } });
            }}
          />
        );
      })}
    </Stack>
  );
}

interface IndicatorQuestionProps {
  number: number;
  prompt: string;
  promptLanguage: CatalogueLanguage;
  label: string;
  choices: readonly Choice<GivenAnswer>[];
  answer: GivenAnswer | null;
  note: string;
  onAnswer: (answer: Answer) => void;
  onNote: (note: string) => void;
}

function IndicatorQuestion(props: IndicatorQuestionProps) {
  const { t } = useTranslation();
  const [noteOpen, setNoteOpen] = useState(props.note !== "");
  return (
    <Paper withBorder p="sm" radius="md" data-testid="indicator-question">
      <Stack gap="xs">
        <ChoiceGroup
          legend={`${String(props.number)}. ${props.prompt}`}
          legendLang={props.promptLanguage}
          description={t("identify.dimension.indicator", { label: props.label })}
          choices={props.choices}
          value={props.answer}
          onChange={props.onAnswer}
        />
        <Group gap="xs" justify="flex-end">
          {props.answer !== null && (
            <Button
              variant="subtle"
              h={44}
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => {
                props.onAnswer("not_asked");
              }}
            >
              {t("identify.dimension.clearAnswer")}
            </Button>
          )}
          {!noteOpen && (
            <Button
              variant="subtle"
              h={44}
              leftSection={<IconNote size={16} aria-hidden />}
              onClick={() => {
                setNoteOpen(true);
              }}
            >
              {t("identify.dimension.addNote")}
            </Button>
          )}
        </Group>
        {noteOpen && (
          <Textarea
            label={t("identify.dimension.note", { number: props.number })}
            description={t("identify.dimension.noteHelp")}
            value={props.note}
            maxLength={2000}
            autosize
            minRows={2}
            size="md"
            onChange={(event) => {
              props.onNote(event.currentTarget.value);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}
