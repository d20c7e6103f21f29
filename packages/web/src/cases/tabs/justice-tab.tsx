import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPencil, IconPlus, IconScale } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { CHARGES, PROCEEDING_STAGES, PROTECTION_MEASURES, VERDICTS } from "../../api/protect-vocabulary.ts";
import type { Case, CriminalProceeding, ProceedingRequest } from "../../api/types.ts";
import { FormProblemAlert } from "../../forms/form-problem-alert.tsx";
import { PicklistCheckboxes, PicklistSelect } from "../../forms/picklist-inputs.tsx";
import { useServerErrors } from "../../forms/use-server-errors.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { AppModal } from "../../ui/app-modal.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { useCasePartMutation } from "../case-queries.ts";
import { FieldList } from "../field-list.tsx";
import {
  toProceedingFormValues,
  toProceedingRequest,
  type ProceedingFormValues,
} from "../part-form-values.ts";
import { TabSection } from "./tab-section.tsx";

interface TabProps {
  caseView: Case;
  canWrite: boolean;
  onReload: () => void;
}

/** A connected person's name, for naming the accused of a proceeding. */
function personLabel(caseView: Case, id: string | null): string | null {
  if (id === null) return null;
  const link = caseView.people?.find((candidate) => candidate.id === id);
  if (link === undefined) return null;
  return [link.person.prs_FirstName, link.person.prs_SecondName].filter(Boolean).join(" ") || null;
}

/** Criminal proceedings: stage, dates, charges, verdict, sentence, compensation, witness protection. */
export function JusticeTab({ caseView, canWrite, onReload }: TabProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState<CriminalProceeding | "new" | null>(null);
  const proceedings = caseView.proceedings ?? [];
  const money = (cents: number | null, currency: string | null) =>
    cents === null
      ? null
      : currency === null
        ? format.number(cents / 100)
        : new Intl.NumberFormat(i18n.language, { style: "currency", currency }).format(cents / 100);
  const close = () => {
    setEditing(null);
  };
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" icon={<IconScale aria-hidden />} data-testid="non-conditionality">
        {t("cases.justice.nonConditionality")}
      </Alert>
      <TabSection
        title={t("cases.justice.title")}
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
              {t("cases.justice.add")}
            </Button>
          )
        }
      >
        {proceedings.length === 0 ? (
          <Text c="dimmed">{t("cases.justice.empty")}</Text>
        ) : (
          <Stack gap="sm">
            {proceedings.map((proceeding, index) => (
              <Paper key={proceeding.id} withBorder p="sm" radius="md">
                <Group justify="space-between" gap="xs" mb="xs">
                  <Group gap="xs">
                    <Text fw={600}>{t("cases.justice.number", { number: index + 1 })}</Text>
                    <Badge variant="light">{t(`protect.proceedingStages.${proceeding.stage}`)}</Badge>
                    {proceeding.victimIsWitness && (
                      <Badge variant="light" color="violet">
                        {t("cases.justice.witness")}
                      </Badge>
                    )}
                  </Group>
                  {canWrite && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconPencil size={12} aria-hidden />}
                      onClick={() => {
                        setEditing(proceeding);
                      }}
                      aria-label={t("cases.justice.editNumber", { number: index + 1 })}
                    >
                      {t("common.edit")}
                    </Button>
                  )}
                </Group>
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
              </Paper>
            ))}
          </Stack>
        )}
      </TabSection>
      <AppModal
        opened={editing !== null}
        onClose={close}
        title={editing === "new" ? t("cases.justice.add") : t("cases.justice.edit")}
        size="lg"
      >
        {editing !== null && (
          <ProceedingForm
            caseView={caseView}
            proceeding={editing === "new" ? undefined : editing}
            onDone={close}
            onReload={onReload}
          />
        )}
      </AppModal>
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
  const errors = useServerErrors(form, {
    conflict: "stale",
    aliases: {
      compensationClaimedCents: "compensationClaimed",
      compensationAwardedCents: "compensationAwarded",
    },
  });
  const caseId = caseView.id;
  const save = useCasePartMutation(caseId, (body: ProceedingRequest) =>
    proceeding === undefined
      ? api.addProceeding(caseId, body)
      : api.updateProceeding(caseId, proceeding.id, { ...body, version: proceeding.version }),
  );
  const people = (caseView.people ?? []).map((link) => ({
    value: link.id,
    label: [link.person.prs_FirstName, link.person.prs_SecondName].filter(Boolean).join(" ") || link.id,
  }));
  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    save.mutate(toProceedingRequest(values), {
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
          <TextInput
            type="date"
            label={t("caseFields.prosecutedOn")}
            {...form.getInputProps("prosecutedOn")}
          />
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
