import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPencil, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { SPL_TYPE } from "../../api/protect-vocabulary.ts";
import type { Case, SupportPlan, SupportPlanRequest } from "../../api/types.ts";
import { FormProblemAlert } from "../../forms/form-problem-alert.tsx";
import { PicklistSelect } from "../../forms/picklist-inputs.tsx";
import { useServerErrors } from "../../forms/use-server-errors.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { AppModal } from "../../ui/app-modal.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { changedFields } from "../case-form-values.ts";
import { useCasePartMutation } from "../case-queries.ts";
import { FieldList } from "../field-list.tsx";
import {
  toSupportPlanFormValues,
  toSupportPlanRequest,
  type SupportPlanFormValues,
} from "../part-form-values.ts";
import { TabSection } from "./tab-section.tsx";

interface TabProps {
  caseView: Case;
  canWrite: boolean;
  onReload: () => void;
}

/** Support plans (HTCDS `spl_`): type, objectives, action plan and dates. */
export function SupportTab({ caseView, canWrite, onReload }: TabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState<SupportPlan | "new" | null>(null);
  const plans = caseView.supportPlans ?? [];
  const close = () => {
    setEditing(null);
  };
  return (
    <TabSection
      title={t("cases.tabs.support")}
      actions={
        canWrite && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setEditing("new");
            }}
          >
            {t("cases.support.add")}
          </Button>
        )
      }
    >
      {plans.length === 0 ? (
        <Text c="dimmed">{t("cases.support.empty")}</Text>
      ) : (
        <Stack gap="sm">
          {plans.map((plan, index) => (
            <Paper key={plan.id} withBorder p="sm" radius="md">
              <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
                <Text fw={600}>
                  {plan.spl_Type == null
                    ? t("cases.support.planNumber", { number: index + 1 })
                    : t(`htcds.supportPlanType.${plan.spl_Type}`)}
                </Text>
                {canWrite && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconPencil size={12} aria-hidden />}
                    onClick={() => {
                      setEditing(plan);
                    }}
                    aria-label={t("cases.support.editNumber", { number: index + 1 })}
                  >
                    {t("common.edit")}
                  </Button>
                )}
              </Group>
              <FieldList
                items={[
                  { label: t("caseFields.startDate"), value: format.date(plan.startDate ?? null) },
                  {
                    label: t("caseFields.spl_PlannedEndDate"),
                    value: format.date(plan.spl_PlannedEndDate ?? null),
                  },
                  {
                    label: t("caseFields.spl_ActualEndDate"),
                    value: format.date(plan.spl_ActualEndDate ?? null),
                  },
                  { label: t("caseFields.spl_Objectives"), value: plan.spl_Objectives },
                  { label: t("caseFields.spl_ActionPlan"), value: plan.spl_ActionPlan },
                ]}
                empty={t("cases.nothingRecorded")}
              />
            </Paper>
          ))}
        </Stack>
      )}
      <AppModal
        opened={editing !== null}
        onClose={close}
        title={editing === "new" ? t("cases.support.add") : t("cases.support.edit")}
        size="lg"
      >
        {editing !== null && (
          <SupportPlanForm
            caseId={caseView.id}
            plan={editing === "new" ? undefined : editing}
            onDone={close}
            onReload={onReload}
          />
        )}
      </AppModal>
    </TabSection>
  );
}

function SupportPlanForm({
  caseId,
  plan,
  onDone,
  onReload,
}: {
  caseId: string;
  plan: SupportPlan | undefined;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<SupportPlanFormValues>({ initialValues: toSupportPlanFormValues(plan) });
  const errors = useServerErrors(form, { conflict: "stale" });
  const save = useCasePartMutation(caseId, (body: SupportPlanRequest) =>
    plan === undefined
      ? api.addSupportPlan(caseId, body)
      : api.updateSupportPlan(caseId, plan.id, { ...body, version: plan.version }),
  );
  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    const all = toSupportPlanRequest(values);
    const body =
      plan === undefined ? all : changedFields(all, plan, Object.keys(all) as (keyof SupportPlanRequest)[]);
    save.mutate(body, {
      onSuccess: () => {
        notifySuccess(t("cases.saved"));
        onDone();
      },
      onError: errors.handleError,
    });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <PicklistSelect
          label={t("caseFields.spl_Type")}
          values={SPL_TYPE}
          labelOf={(value) => t(`htcds.supportPlanType.${value}`)}
          {...form.getInputProps("spl_Type")}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput type="date" label={t("caseFields.startDate")} {...form.getInputProps("startDate")} />
          <TextInput
            type="date"
            label={t("caseFields.spl_PlannedEndDate")}
            {...form.getInputProps("spl_PlannedEndDate")}
          />
          <TextInput
            type="date"
            label={t("caseFields.spl_ActualEndDate")}
            {...form.getInputProps("spl_ActualEndDate")}
          />
        </SimpleGrid>
        <Textarea
          label={t("caseFields.spl_Objectives")}
          autosize
          minRows={3}
          {...form.getInputProps("spl_Objectives")}
        />
        <Textarea
          label={t("caseFields.spl_ActionPlan")}
          autosize
          minRows={3}
          {...form.getInputProps("spl_ActionPlan")}
        />
        <FormProblemAlert problem={errors.problem} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
