import { NumberInput, SimpleGrid } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import {
  VIC_EXPLOITATION_WEBSITES_AND_APPS,
  VIC_FORCED_LABOUR_INDUSTRY,
  VIC_METHOD_OF_RECRUITMENT,
  VIC_METHODS_OF_CONTROL,
  VIC_RECRUITMENT_WEBSITES_AND_APPS,
  VIC_RELATIONSHIP_TO_TRAFFICKER,
  VIC_TRAFFICKING_STATUS,
  VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG,
  VIC_TYPE_OF_EXPLOITATION,
  VIC_TYPE_OF_SEX_EXPLOITATION,
} from "../api/protect-vocabulary.ts";
import { PicklistMultiSelect, PicklistSelect } from "../forms/picklist-inputs.tsx";
import type { VictimFormValues } from "./case-form-values.ts";

/** The victim context of a case (HTCDS `vic_`), under `victim.` in the form. */
export function VictimInputs<V extends { victim: VictimFormValues }>({
  form,
}: {
  form: UseFormReturnType<V>;
}) {
  const { t } = useTranslation();
  const field = (name: keyof VictimFormValues) => form.getInputProps(`victim.${name}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <PicklistSelect
        label={t("caseFields.vic_TraffickingStatus")}
        values={VIC_TRAFFICKING_STATUS}
        labelOf={(value) => t(`htcds.traffickingStatus.${value}`)}
        {...field("vic_TraffickingStatus")}
      />
      <PicklistSelect
        label={t("caseFields.vic_TraffickingStatusDecisionMakingOrg")}
        values={VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG}
        labelOf={(value) => t(`htcds.decisionMakingOrg.${value}`)}
        {...field("vic_TraffickingStatusDecisionMakingOrg")}
      />
      <PicklistMultiSelect
        label={t("caseFields.vic_TypeOfExploitation")}
        values={VIC_TYPE_OF_EXPLOITATION}
        labelOf={(value) => t(`htcds.typeOfExploitation.${value}`)}
        {...field("vic_TypeOfExploitation")}
      />
      <PicklistSelect
        label={t("caseFields.vic_ForcedLabourIndustry")}
        values={VIC_FORCED_LABOUR_INDUSTRY}
        labelOf={(value) => t(`htcds.forcedLabourIndustry.${value}`)}
        {...field("vic_ForcedLabourIndustry")}
      />
      <PicklistMultiSelect
        label={t("caseFields.vic_TypeOfSexExploitation")}
        values={VIC_TYPE_OF_SEX_EXPLOITATION}
        labelOf={(value) => t(`htcds.typeOfSexExploitation.${value}`)}
        {...field("vic_TypeOfSexExploitation")}
      />
      <PicklistMultiSelect
        label={t("caseFields.vic_MethodsOfControl")}
        values={VIC_METHODS_OF_CONTROL}
        labelOf={(value) => t(`htcds.methodsOfControl.${value}`)}
        {...field("vic_MethodsOfControl")}
      />
      <PicklistMultiSelect
        label={t("caseFields.vic_MethodOfRecruitment")}
        values={VIC_METHOD_OF_RECRUITMENT}
        labelOf={(value) => t(`htcds.methodOfRecruitment.${value}`)}
        {...field("vic_MethodOfRecruitment")}
      />
      <PicklistSelect
        label={t("caseFields.vic_RelationshipToTrafficker")}
        values={VIC_RELATIONSHIP_TO_TRAFFICKER}
        labelOf={(value) => t(`htcds.relationshipToTrafficker.${value}`)}
        {...field("vic_RelationshipToTrafficker")}
      />
      <PicklistMultiSelect
        label={t("caseFields.vic_RecruitmentWebsitesAndApps")}
        values={VIC_RECRUITMENT_WEBSITES_AND_APPS}
        labelOf={(value) => t(`htcds.websites.${value}`)}
        {...field("vic_RecruitmentWebsitesAndApps")}
      />
      <PicklistMultiSelect
        label={t("caseFields.vic_ExploitationWebsitesAndApps")}
        values={VIC_EXPLOITATION_WEBSITES_AND_APPS}
        labelOf={(value) => t(`htcds.websites.${value}`)}
        {...field("vic_ExploitationWebsitesAndApps")}
      />
      <NumberInput
        label={t("caseFields.vic_AgeWhenTrafficked")}
        min={0}
        max={120}
        allowDecimal={false}
        {...field("vic_AgeWhenTrafficked")}
      />
    </SimpleGrid>
  );
}
