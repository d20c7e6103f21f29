import { SimpleGrid, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { SPL_TYPE } from "../../api/protect-vocabulary.ts";
import type { SupportPlan } from "../../api/types.ts";
import { PicklistSelect } from "../../forms/picklist-inputs.tsx";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { fieldsToSave } from "../case-form-values.ts";
import { useSaveCasePart } from "../case-queries.ts";
import { FieldList } from "../field-list.tsx";
import {
  toSupportPlanFormValues,
  toSupportPlanRequest,
  type SupportPlanFormValues,
} from "../part-form-values.ts";
import { CaseForm, useCaseFormSubmit } from "./case-form.tsx";
import { RecordDialog, useRecordDialog } from "./record-dialog.tsx";
import { EditRecordButton, RecordCard, RecordList } from "./record-list.tsx";
import { TabAction, TabSection, type CaseTabProps } from "./tab-section.tsx";

/** Support plans (HTCDS `spl_`): type, objectives, action plan and dates. */
export function SupportTab({ caseView, canWrite, onReload }: CaseTabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dialog = useRecordDialog<SupportPlan>(caseView.supportPlans ?? []);
  return (
    <TabSection
      title={t("cases.tabs.support")}
      actions={canWrite && <TabAction kind="add" label={t("cases.support.add")} onClick={dialog.add} />}
    >
      <RecordList records={caseView.supportPlans ?? []} empty={t("cases.support.empty")}>
        {(plan, index) => (
          <RecordCard
            header={
              <Text fw={600}>
                {plan.spl_Type == null
                  ? t("cases.support.planNumber", { number: index + 1 })
                  : t(`htcds.supportPlanType.${plan.spl_Type}`)}
              </Text>
            }
            headerAlign="flex-start"
            action={
              canWrite && (
                <EditRecordButton
                  label={t("cases.support.editNumber", { number: index + 1 })}
                  onClick={() => {
                    dialog.edit(plan);
                  }}
                />
              )
            }
          >
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
          </RecordCard>
        )}
      </RecordList>
      <RecordDialog
        dialog={dialog}
        addTitle={t("cases.support.add")}
        editTitle={t("cases.support.edit")}
        size="lg"
      >
        {(plan) => (
          <SupportPlanForm caseId={caseView.id} plan={plan} onDone={dialog.close} onReload={onReload} />
        )}
      </RecordDialog>
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
  const save = useSaveCasePart(caseId, plan, api.addSupportPlan, api.updateSupportPlan);
  const submission = useCaseFormSubmit(form, {
    serverErrors: { conflict: "stale" },
    sender: save,
    toBody: (values) => fieldsToSave(toSupportPlanRequest(values), plan),
    onDone,
  });
  return (
    <CaseForm submission={submission} onReload={onReload} onCancel={onDone}>
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
    </CaseForm>
  );
}
