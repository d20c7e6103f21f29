import {
  Alert,
  Badge,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconScale } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { CHARGES, PROCEEDING_STAGES, PROTECTION_MEASURES, VERDICTS } from "../../api/protect-vocabulary.ts";
import type { Case, CriminalProceeding } from "../../api/types.ts";
import { PicklistCheckboxes, PicklistSelect } from "../../forms/picklist-inputs.tsx";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { useSaveCasePart } from "../case-queries.ts";
import { FieldList } from "../field-list.tsx";
import {
  toProceedingFormValues,
  toProceedingRequest,
  type ProceedingFormValues,
} from "../part-form-values.ts";
import { CaseForm, useCaseFormSubmit } from "./case-form.tsx";
import { RecordDialog, useRecordDialog } from "./record-dialog.tsx";
import { EditRecordButton, RecordCard, RecordList } from "./record-list.tsx";
import { TabAction, TabSection, type CaseTabProps } from "./tab-section.tsx";

/** A connected person's name, for naming the accused of a proceeding. */
function personLabel(caseView: Case, id: string | null): string | null {
  if (id === null) return null;
  const link = caseView.people?.find((candidate) => candidate.id === id);
  if (link === undefined) return null;
  return [link.person.prs_FirstName, link.person.prs_SecondName].filter(Boolean).join(" ") || null;
}

/** Criminal proceedings: stage, dates, charges, verdict, sentence, compensation, witness protection. */
export function JusticeTab({ caseView, canWrite, onReload }: CaseTabProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const dialog = useRecordDialog<CriminalProceeding>(caseView.proceedings ?? []);
  const money = (cents: number | null, currency: string | null) =>
    cents === null
      ? null
      : currency === null
        ? format.number(cents / 100)
        : new Intl.NumberFormat(i18n.language, { style: "currency", currency }).format(cents / 100);
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" icon={<IconScale aria-hidden />} data-testid="non-conditionality">
        {t("cases.justice.nonConditionality")}
      </Alert>
      <TabSection
        title={t("cases.justice.title")}
        actions={canWrite && <TabAction kind="add" label={t("cases.justice.add")} onClick={dialog.add} />}
      >
        <RecordList records={caseView.proceedings ?? []} empty={t("cases.justice.empty")}>
          {(proceeding, index) => (
            <RecordCard
              header={
                <Group gap="xs">
                  <Text fw={600}>{t("cases.justice.number", { number: index + 1 })}</Text>
                  <Badge variant="light">{t(`protect.proceedingStages.${proceeding.stage}`)}</Badge>
                  {proceeding.victimIsWitness && (
                    <Badge variant="light" color="violet">
                      {t("cases.justice.witness")}
                    </Badge>
                  )}
                </Group>
              }
              action={
                canWrite && (
                  <EditRecordButton
                    label={t("cases.justice.editNumber", { number: index + 1 })}
                    onClick={() => {
                      dialog.edit(proceeding);
                    }}
                  />
                )
              }
            >
              <FieldList
                items={[
                  {
                    label: t("caseFields.casePersonId"),
                    value: personLabel(caseView, proceeding.casePersonId),
                  },
                  {
                    label: t("caseFields.charges"),
                    value: proceeding.charges.map((charge) => t(`protect.charges.${charge}`)).join(", "),
                  },
                  {
                    label: t("caseFields.investigationOpenedOn"),
                    value: format.date(proceeding.investigationOpenedOn),
                  },
                  { label: t("caseFields.chargedOn"), value: format.date(proceeding.chargedOn) },
                  { label: t("caseFields.prosecutedOn"), value: format.date(proceeding.prosecutedOn) },
                  { label: t("caseFields.trialStartedOn"), value: format.date(proceeding.trialStartedOn) },
                  {
                    label: t("caseFields.verdict"),
                    value: proceeding.verdict === null ? null : t(`protect.verdicts.${proceeding.verdict}`),
                  },
                  { label: t("caseFields.verdictOn"), value: format.date(proceeding.verdictOn) },
                  {
                    label: t("caseFields.sentenceMonths"),
                    value:
                      proceeding.sentenceMonths === null
                        ? null
                        : t("cases.justice.months", { count: proceeding.sentenceMonths }),
                  },
                  {
                    label: t("caseFields.compensationClaimed"),
                    value: money(proceeding.compensationClaimedCents, proceeding.currency),
                  },
                  {
                    label: t("caseFields.compensationAwarded"),
                    value: money(proceeding.compensationAwardedCents, proceeding.currency),
                  },
                  {
                    label: t("caseFields.protectionMeasures"),
                    value: proceeding.protectionMeasures
                      .map((measure) => t(`protect.protectionMeasures.${measure}`))
                      .join(", "),
                  },
                  { label: t("caseFields.notes"), value: proceeding.notes },
                ]}
              />
            </RecordCard>
          )}
        </RecordList>
      </TabSection>
      <RecordDialog
        dialog={dialog}
        addTitle={t("cases.justice.add")}
        editTitle={t("cases.justice.edit")}
        size="lg"
      >
        {(proceeding) => (
          <ProceedingForm
            caseView={caseView}
            proceeding={proceeding}
            onDone={dialog.close}
            onReload={onReload}
          />
        )}
      </RecordDialog>
    </Stack>
  );
}

function ProceedingForm({
  caseView,
  proceeding,
  onDone,
  onReload,
}: {
  caseView: Case;
  proceeding: CriminalProceeding | undefined;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ProceedingFormValues>({ initialValues: toProceedingFormValues(proceeding) });
  const caseId = caseView.id;
  const save = useSaveCasePart(caseId, proceeding, api.addProceeding, api.updateProceeding);
  const people = (caseView.people ?? []).map((link) => ({
    value: link.id,
    label: [link.person.prs_FirstName, link.person.prs_SecondName].filter(Boolean).join(" ") || link.id,
  }));
  const submission = useCaseFormSubmit(form, {
    serverErrors: {
      conflict: "stale",
      aliases: {
        compensationClaimedCents: "compensationClaimed",
        compensationAwardedCents: "compensationAwarded",
      },
    },
    sender: save,
    toBody: toProceedingRequest,
    onDone,
  });
  return (
    <CaseForm submission={submission} onReload={onReload} onCancel={onDone}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <PicklistSelect
          label={t("caseFields.stage")}
          values={PROCEEDING_STAGES}
          labelOf={(value) => t(`protect.proceedingStages.${value}`)}
          clearable={false}
          allowDeselect={false}
          required
          {...form.getInputProps("stage")}
        />
        <Select
          label={t("caseFields.casePersonId")}
          data={people}
          clearable
          placeholder={people.length === 0 ? t("cases.justice.noPeople") : undefined}
          disabled={people.length === 0}
          {...form.getInputProps("casePersonId")}
        />
        <TextInput
          type="date"
          label={t("caseFields.investigationOpenedOn")}
          {...form.getInputProps("investigationOpenedOn")}
        />
        <TextInput type="date" label={t("caseFields.chargedOn")} {...form.getInputProps("chargedOn")} />
        <TextInput type="date" label={t("caseFields.prosecutedOn")} {...form.getInputProps("prosecutedOn")} />
        <TextInput
          type="date"
          label={t("caseFields.trialStartedOn")}
          {...form.getInputProps("trialStartedOn")}
        />
        <PicklistSelect
          label={t("caseFields.verdict")}
          values={VERDICTS}
          labelOf={(value) => t(`protect.verdicts.${value}`)}
          {...form.getInputProps("verdict")}
        />
        <TextInput type="date" label={t("caseFields.verdictOn")} {...form.getInputProps("verdictOn")} />
        <NumberInput
          label={t("caseFields.sentenceMonths")}
          min={0}
          max={1200}
          allowDecimal={false}
          {...form.getInputProps("sentenceMonths")}
        />
        <TextInput
          label={t("caseFields.currency")}
          description={t("cases.justice.currencyHelp")}
          maxLength={3}
          {...form.getInputProps("currency")}
        />
        <NumberInput
          label={t("caseFields.compensationClaimed")}
          min={0}
          decimalScale={2}
          {...form.getInputProps("compensationClaimed")}
        />
        <NumberInput
          label={t("caseFields.compensationAwarded")}
          min={0}
          decimalScale={2}
          {...form.getInputProps("compensationAwarded")}
        />
      </SimpleGrid>
      <PicklistCheckboxes
        label={t("caseFields.charges")}
        values={CHARGES}
        labelOf={(value) => t(`protect.charges.${value}`)}
        {...form.getInputProps("charges")}
      />
      <Switch
        label={t("caseFields.victimIsWitness")}
        description={t("cases.justice.witnessHelp")}
        {...form.getInputProps("victimIsWitness", { type: "checkbox" })}
      />
      <PicklistCheckboxes
        label={t("caseFields.protectionMeasures")}
        values={PROTECTION_MEASURES}
        labelOf={(value) => t(`protect.protectionMeasures.${value}`)}
        {...form.getInputProps("protectionMeasures")}
      />
      <Textarea label={t("caseFields.notes")} autosize minRows={3} {...form.getInputProps("notes")} />
    </CaseForm>
  );
}
