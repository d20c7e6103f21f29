import { Alert, Button, Select, Stack, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconArrowsExchange, IconFolderCheck, IconFolderOpen } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CAS_STATUS, type CaseStatus } from "../api/protect-vocabulary.ts";
import type { Case } from "../api/types.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { pickOne } from "../forms/picklist.ts";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { AppModal } from "../ui/app-modal.tsx";
import { FormActions } from "../ui/form-actions.tsx";
import { notifySuccess } from "../ui/notify.ts";
import { useChangeCaseStage, useChangeCaseStatus } from "./case-queries.ts";
import { stageLabel } from "./stage-label.ts";

const isClosed = (status: CaseStatus) => status === "Closed" || status === "ClosedReferred";

interface ControlsProps {
  caseView: Case;
  onReload: () => void;
}

/** The case's NRM stage and status controls, for those who may change the case. */
export function CaseStatusControls({ caseView, onReload }: ControlsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<"stage" | "status" | null>(null);
  const close = () => {
    setOpen(null);
  };
  const closed = isClosed(caseView.status);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconArrowsExchange size={16} aria-hidden />}
        onClick={() => {
          setOpen("stage");
        }}
        data-testid="change-stage"
      >
        {t("cases.stage.change")}
      </Button>
      <Button
        variant="default"
        leftSection={
          closed ? <IconFolderOpen size={16} aria-hidden /> : <IconFolderCheck size={16} aria-hidden />
        }
        onClick={() => {
          setOpen("status");
        }}
        data-testid="change-status"
      >
        {closed ? t("cases.status.reopen") : t("cases.status.change")}
      </Button>
      <AppModal opened={open === "stage"} onClose={close} title={t("cases.stage.title")}>
        {open === "stage" && (
          <StageForm caseView={caseView} onDone={close} onCancel={close} onReload={onReload} />
        )}
      </AppModal>
      <AppModal
        opened={open === "status"}
        onClose={close}
        title={closed ? t("cases.status.reopenTitle") : t("cases.status.title")}
      >
        {open === "status" && (
          <StatusForm caseView={caseView} onDone={close} onCancel={close} onReload={onReload} />
        )}
      </AppModal>
    </>
  );
}

interface FormProps extends ControlsProps {
  onDone: () => void;
  onCancel: () => void;
}

function StageForm({ caseView, onDone, onCancel, onReload }: FormProps) {
  const { t } = useTranslation();
  const change = useChangeCaseStage(caseView.id);
  const form = useForm({
    initialValues: { stage: caseView.nrmStage, reflectionPeriodEnds: caseView.reflectionPeriodEnds ?? "" },
  });
  const errors = useServerErrors(form, { conflict: "stale", messages: { conflict: t("cases.stale") } });
  const target = caseView.nrmPathway.find((stage) => stage.key === form.values.stage);
  const needsEnd = target?.reflection === true;
  const submit = form.onSubmit((values) => {
    if (needsEnd && values.reflectionPeriodEnds === "") {
      form.setFieldError("reflectionPeriodEnds", t("cases.stage.reflectionRequired"));
      return;
    }
    errors.clearProblem();
    change.mutate(
      {
        version: caseView.version,
        stage: values.stage,
        ...(needsEnd ? { reflectionPeriodEnds: values.reflectionPeriodEnds } : {}),
      },
      {
        onSuccess: (updated) => {
          notifySuccess(
            t("cases.stage.changed", { stage: stageLabel(t, updated.nrmStage, updated.nrmStageLabel) }),
          );
          onDone();
        },
        onError: errors.handleError,
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Select
          label={t("cases.fields.stage")}
          data={caseView.nrmPathway.map((stage) => ({
            value: stage.key,
            label: stageLabel(t, stage.key, stage.label),
          }))}
          allowDeselect={false}
          {...form.getInputProps("stage")}
        />
        {needsEnd && (
          <>
            <Alert color="blue" variant="light">
              {t("cases.stage.reflectionHelp")}
            </Alert>
            <TextInput
              type="date"
              required
              label={t("cases.fields.reflectionPeriodEnds")}
              {...form.getInputProps("reflectionPeriodEnds")}
            />
          </>
        )}
        <FormProblemAlert problem={errors.problem} onReload={onReload} />
        <FormActions saving={change.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function StatusForm({ caseView, onDone, onCancel, onReload }: FormProps) {
  const { t } = useTranslation();
  const change = useChangeCaseStatus(caseView.id);
  const reopening = isClosed(caseView.status);
  const choices = reopening
    ? (["Active", "FollowUp"] as const)
    : CAS_STATUS.filter((status) => status !== caseView.status);
  const form = useForm<{ status: string; reason: string }>({
    initialValues: { status: choices.at(0) ?? "Active", reason: "" },
  });
  const errors = useServerErrors(form, { conflict: "stale", messages: { conflict: t("cases.stale") } });
  const status = pickOne(CAS_STATUS, form.values.status);
  const closing = status !== null && isClosed(status);
  const submit = form.onSubmit((values) => {
    const chosen = pickOne(CAS_STATUS, values.status);
    if (chosen === null) return;
    const reason = values.reason.trim();
    if (isClosed(chosen) && reason === "") {
      form.setFieldError("reason", t("cases.status.reasonRequired"));
      return;
    }
    errors.clearProblem();
    change.mutate(
      { version: caseView.version, status: chosen, ...(reason === "" ? {} : { reason }) },
      {
        onSuccess: (updated) => {
          notifySuccess(t("cases.status.changed", { status: t(`htcds.caseStatus.${updated.status}`) }));
          onDone();
        },
        onError: errors.handleError,
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Select
          label={t("common.status")}
          data={choices.map((value) => ({ value, label: t(`htcds.caseStatus.${value}`) }))}
          allowDeselect={false}
          {...form.getInputProps("status")}
        />
        <Textarea
          label={closing ? t("cases.status.closingReason") : t("cases.status.reason")}
          description={closing ? t("cases.status.closingReasonHelp") : undefined}
          required={closing}
          autosize
          minRows={3}
          {...form.getInputProps("reason")}
        />
        <FormProblemAlert problem={errors.problem} onReload={onReload} />
        <FormActions
          saving={change.isPending}
          onCancel={onCancel}
          submitLabel={closing ? t("cases.status.close") : t("common.save")}
          submitColor={closing ? "red" : "blue"}
        />
      </Stack>
    </form>
  );
}
