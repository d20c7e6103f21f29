import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import {
  changedFields,
  toVictimFields,
  toVictimFormValues,
  VICTIM_FIELDS,
  type VictimFields,
  type VictimFormValues,
} from "../case-form-values.ts";
import { FieldList, type FieldItem } from "../field-list.tsx";
import { VictimInputs } from "../victim-inputs.tsx";
import { CaseForm, useCaseUpdateSubmit, type CaseFieldsFormProps } from "./case-form.tsx";
import { TabAction, TabSection, useEditInPlace, type CaseTabProps } from "./tab-section.tsx";

/** The victim context (HTCDS `vic_`): status, recruitment, control and exploitation. */
export function VictimTab({ caseView, canWrite, onReload }: CaseTabProps) {
  const { t } = useTranslation();
  const { editing, edit, done } = useEditInPlace();
  if (editing)
    return <VictimForm key={caseView.version} caseView={caseView} onDone={done} onReload={onReload} />;
  return (
    <TabSection
      title={t("cases.tabs.victim")}
      actions={canWrite && <TabAction kind="edit" label={t("cases.victim.edit")} onClick={edit} />}
    >
      <VictimList victim={caseView.victim} />
    </TabSection>
  );
}

function VictimList({ victim }: { victim: VictimFields | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const join = (labels: readonly string[] | undefined) => (labels === undefined ? null : labels.join(", "));
  const items: FieldItem[] = [
    {
      label: t("caseFields.vic_TraffickingStatus"),
      value:
        victim?.vic_TraffickingStatus == null
          ? null
          : t(`htcds.traffickingStatus.${victim.vic_TraffickingStatus}`),
    },
    {
      label: t("caseFields.vic_TraffickingStatusDecisionMakingOrg"),
      value:
        victim?.vic_TraffickingStatusDecisionMakingOrg == null
          ? null
          : t(`htcds.decisionMakingOrg.${victim.vic_TraffickingStatusDecisionMakingOrg}`),
    },
    {
      label: t("caseFields.vic_TypeOfExploitation"),
      value: join(victim?.vic_TypeOfExploitation?.map((value) => t(`htcds.typeOfExploitation.${value}`))),
    },
    {
      label: t("caseFields.vic_ForcedLabourIndustry"),
      value:
        victim?.vic_ForcedLabourIndustry == null
          ? null
          : t(`htcds.forcedLabourIndustry.${victim.vic_ForcedLabourIndustry}`),
    },
    {
      label: t("caseFields.vic_TypeOfSexExploitation"),
      value: join(
        victim?.vic_TypeOfSexExploitation?.map((value) => t(`htcds.typeOfSexExploitation.${value}`)),
      ),
    },
    {
      label: t("caseFields.vic_MethodsOfControl"),
      value: join(victim?.vic_MethodsOfControl?.map((value) => t(`htcds.methodsOfControl.${value}`))),
    },
    {
      label: t("caseFields.vic_MethodOfRecruitment"),
      value: join(victim?.vic_MethodOfRecruitment?.map((value) => t(`htcds.methodOfRecruitment.${value}`))),
    },
    {
      label: t("caseFields.vic_RelationshipToTrafficker"),
      value:
        victim?.vic_RelationshipToTrafficker == null
          ? null
          : t(`htcds.relationshipToTrafficker.${victim.vic_RelationshipToTrafficker}`),
    },
    {
      label: t("caseFields.vic_RecruitmentWebsitesAndApps"),
      value: join(victim?.vic_RecruitmentWebsitesAndApps?.map((value) => t(`htcds.websites.${value}`))),
    },
    {
      label: t("caseFields.vic_ExploitationWebsitesAndApps"),
      value: join(victim?.vic_ExploitationWebsitesAndApps?.map((value) => t(`htcds.websites.${value}`))),
    },
    {
      label: t("caseFields.vic_AgeWhenTrafficked"),
      value: victim?.vic_AgeWhenTrafficked == null ? null : format.number(victim.vic_AgeWhenTrafficked),
    },
  ];
  return <FieldList items={items} empty={t("cases.nothingRecorded")} />;
}

function VictimForm({ caseView, onDone, onReload }: CaseFieldsFormProps) {
  const { t } = useTranslation();
  const form = useForm<{ victim: VictimFormValues }>({
    initialValues: { victim: toVictimFormValues(caseView.victim) },
  });
  const submission = useCaseUpdateSubmit(
    form,
    caseView,
    (values) => ({ victim: changedFields(toVictimFields(values.victim), caseView.victim, VICTIM_FIELDS) }),
    onDone,
  );
  return (
    <CaseForm submission={submission} onReload={onReload} onCancel={onDone}>
      <TabSection title={t("cases.tabs.victim")}>
        <VictimInputs form={form} />
      </TabSection>
    </CaseForm>
  );
}
