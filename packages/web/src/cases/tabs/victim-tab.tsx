import { Button, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Case } from "../../api/types.ts";
import { FormProblemAlert } from "../../forms/form-problem-alert.tsx";
import { useServerErrors } from "../../forms/use-server-errors.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { notifySuccess } from "../../ui/notify.ts";
import {
  changedFields,
  toVictimFields,
  toVictimFormValues,
  VICTIM_FIELDS,
  type VictimFields,
  type VictimFormValues,
} from "../case-form-values.ts";
import { useUpdateCase } from "../case-queries.ts";
import { FieldList, type FieldItem } from "../field-list.tsx";
import { VictimInputs } from "../victim-inputs.tsx";
import { TabSection } from "./tab-section.tsx";

interface TabProps {
  caseView: Case;
  canWrite: boolean;
  onReload: () => void;
}

/** The victim context (HTCDS `vic_`): status, recruitment, control and exploitation. */
export function VictimTab({ caseView, canWrite, onReload }: TabProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <VictimForm
        key={caseView.version}
        caseView={caseView}
        onDone={() => {
          setEditing(false);
        }}
        onReload={onReload}
      />
    );
  return (
    <TabSection
      title={t("cases.tabs.victim")}
      actions={
        canWrite && (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={() => {
              setEditing(true);
            }}
          >
            {t("cases.victim.edit")}
          </Button>
        )
      }
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

function VictimForm({
  caseView,
  onDone,
  onReload,
}: {
  caseView: Case;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCase(caseView.id);
  const form = useForm<{ victim: VictimFormValues }>({
    initialValues: { victim: toVictimFormValues(caseView.victim) },
  });
  const errors = useServerErrors(form, { conflict: "stale", messages: { conflict: t("cases.stale") } });
  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    const victim = changedFields(toVictimFields(values.victim), caseView.victim, VICTIM_FIELDS);
    if (Object.keys(victim).length === 0) {
      onDone();
      return;
    }
    update.mutate(
      { version: caseView.version, victim },
      {
        onSuccess: () => {
          notifySuccess(t("cases.saved"));
          onDone();
        },
        onError: errors.handleError,
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <TabSection title={t("cases.tabs.victim")}>
          <VictimInputs form={form} />
        </TabSection>
        <FormProblemAlert problem={errors.problem} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
