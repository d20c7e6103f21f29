import { Button, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconArrowRight } from "@tabler/icons-react";
import type { Catalogue } from "@ariadne/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { errorMessage } from "../api/error-message.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Screening } from "../api/types.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { answeredCount, progressPercent } from "./answer-progress.ts";
import { dimensionName, pathwayName } from "./decision-text.ts";
import { DimensionStep } from "./dimension-step.tsx";
import { releaseDraft } from "./draft-registry.ts";
import classes from "./identify.module.css";
import { ReviewStep } from "./review-step.tsx";
import { RunningAssessment } from "./running-assessment.tsx";
import { ChildPathwayBanner, DangerAlert } from "./safety-alerts.tsx";
import { SaveStatusIndicator } from "./save-status.tsx";
import { buildSteps, resumeStep, stepPosition, type Step, type StepKey } from "./screening-steps.ts";
import { ExploitationStep, PreferencesStep, SafetyStep } from "./step-content.tsx";
import { useScreeningDraft } from "./use-screening-draft.ts";

class UnsavedChangesError extends Error {
  override readonly name = "UnsavedChangesError";
}

function useStepTitle() {
  const { t } = useTranslation();
  return (step: Step): string =>
    "dimension" in step ? dimensionName(t, step.dimension) : t(`identify.steps.${step.key}`);
}

interface ScreeningFlowProps {
  screening: Screening;
  catalogue: Catalogue;
  /** The step in the address, if any; a resumed draft without one continues where it stopped. */
  stepKey: StepKey | undefined;
}

/** The guided screening: one step per screen, saved at each step, the safety alerts always on top. */
export function ScreeningFlow({ screening, catalogue, stepKey }: ScreeningFlowProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const draft = useScreeningDraft(screening);
  const { state } = draft;
  const steps = useMemo(() => buildSteps(catalogue, state.indicatorSet), [catalogue, state.indicatorSet]);
  // Computed once: where a resumed draft continues must not move while the screener answers.
  const [resumeKey] = useState(() => resumeStep(steps, state));
  const key = stepKey ?? resumeKey;
  const position = stepPosition(steps, key);
  const step = steps[position.index] ?? { key: "safety" };
  const stepTitle = useStepTitle();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const goTo = (next: StepKey) => {
    void navigate({ to: "/identify/screenings/$id", params: { id: screening.id }, search: { step: next } });
  };

  // Each step change (buttons, or the browser's back and forward) saves, and moves focus and
  // scroll to the new step's heading so a screen reader starts there.
  const { flush } = draft;
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    void flush();
    window.scrollTo({ top: 0 });
    headingRef.current?.focus();
  }, [step.key, flush]);

  const complete = useMutation({
    mutationFn: async () => {
      if (!(await draft.flush())) throw new UnsavedChangesError();
      return api.completeScreening(screening.id, { version: draft.version() });
    },
    onSuccess: async (completed) => {
      releaseDraft(screening.id);
      queryClient.setQueryData(queryKeys.screening(screening.id), completed);
      await navigate({ to: "/identify/screenings/$id/result", params: { id: screening.id } });
      await queryClient.invalidateQueries({ queryKey: [...queryKeys.screenings, "list"] });
    },
  });
  const completeProblem =
    complete.error === null
      ? null
      : complete.error instanceof UnsavedChangesError
        ? t("identify.review.unsaved")
        : errorMessage(complete.error, t, { conflict: "stale" });

  const stepLabel = t("identify.flow.stepOf", { number: position.number, total: position.total });
  const indicatorCount = steps.reduce((sum, s) => sum + ("dimension" in s ? s.indicators.length : 0), 0);
  const answered = steps.reduce(
    (sum, s) => sum + ("dimension" in s ? answeredCount(s.indicators, state.answers) : 0),
    0,
  );
  const stepIsOpen =
    step.key === "safety"
      ? Object.values(state.safety).some((value) => value === null)
      : "dimension" in step
        ? state.indicatorSet !== null &&
          answeredCount(step.indicators, state.answers) < step.indicators.length
        : step.key === "exploitation" && state.exploitation === null;

  return (
    <>
      <PageHeader
        title={t("identify.flow.title")}
        description={`${t(`identify.roles.${screening.screenerRole}`)} · ${pathwayName(t, state.pathway)}`}
      />
      <Stack gap="md">
        <SaveStatusIndicator status={draft.status} discarded={draft.discarded} onRetry={draft.retryNow} />
        <DangerAlert safety={state.safety} />
        {state.pathway === "child" && <ChildPathwayBanner safety={state.safety} />}
        <div>
          <Group justify="space-between" gap="xs" mb={4}>
            <Text size="sm" fw={600}>
              {stepLabel}
            </Text>
            {indicatorCount > 0 && (
              <Text size="sm" c="dimmed">
                {t("identify.flow.answered", { answered, total: indicatorCount })}
              </Text>
            )}
          </Group>
          <Progress
            value={progressPercent(position.number, position.total)}
            size="md"
            aria-label={stepLabel}
          />
        </div>
        {step.key === "review" && <RunningAssessment catalogue={catalogue} state={state} />}
        <section data-testid="screening-step" data-step={step.key} aria-labelledby="step-heading">
          <Title order={2} size="h3" mb="sm" id="step-heading" ref={headingRef} tabIndex={-1}>
            {stepTitle(step)}
          </Title>
          {step.key === "safety" && <SafetyStep state={state} onChange={draft.change} />}
          {step.key === "preferences" && <PreferencesStep state={state} onChange={draft.change} />}
          {step.key === "exploitation" && (
            <ExploitationStep state={state} onChange={draft.change} catalogue={catalogue} />
          )}
          {"dimension" in step && (
            <DimensionStep
              state={state}
              onChange={draft.change}
              catalogue={catalogue}
              indicators={step.indicators}
              language={screening.language}
              role={screening.screenerRole}
              onChooseForm={() => {
                goTo("exploitation");
              }}
            />
          )}
          {step.key === "review" && (
            <ReviewStep
              catalogue={catalogue}
              state={state}
              steps={steps}
              onGoTo={goTo}
              onComplete={() => {
                complete.mutate();
              }}
              completing={complete.isPending}
              completeProblem={completeProblem}
            />
          )}
        </section>
        {"dimension" in step && <RunningAssessment catalogue={catalogue} state={state} />}
      </Stack>
      <Group className={classes.stepNav} gap="xs" wrap="nowrap" data-print="hide">
        <Button
          variant="default"
          size="md"
          h={48}
          leftSection={<IconArrowLeft size={18} aria-hidden />}
          disabled={position.previous === null}
          onClick={() => {
            if (position.previous !== null) goTo(position.previous);
          }}
        >
          {t("identify.flow.back")}
        </Button>
        {position.next !== null && (
          <Button
            size="md"
            h={48}
            variant={stepIsOpen ? "light" : "filled"}
            rightSection={<IconArrowRight size={18} aria-hidden />}
            onClick={() => {
              if (position.next !== null) goTo(position.next);
            }}
            data-testid="next-step"
          >
            {stepIsOpen ? t("identify.flow.skip") : t("identify.flow.next")}
          </Button>
        )}
      </Group>
    </>
  );
}
