import { Alert, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { errorMessage } from "../../api/error-message.ts";
import { CONSENT_PURPOSES } from "../../api/protect-vocabulary.ts";
import type { Consent, ConsentRequest } from "../../api/types.ts";
import { pickAll } from "../../forms/picklist.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { liveReferralConsent } from "../../referrals/referral-requirement.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { notifyFailure, notifySuccess } from "../../ui/notify.ts";
import { useCasePartMutation } from "../case-queries.ts";
import { ConsentInputs, type ConsentFormValues } from "../consent-inputs.tsx";
import { FieldList } from "../field-list.tsx";
import { localIsoDay } from "../local-day.ts";
import { CaseForm, useCaseFormSubmit } from "./case-form.tsx";
import { RecordDialog, useRecordDialog } from "./record-dialog.tsx";
import { RecordCard, RecordList } from "./record-list.tsx";
import { TabAction, TabSection, type CaseTabProps } from "./tab-section.tsx";

/** Consent (HTCDS `con_` with its purposes): record it, and withdraw it, which ends referrals. */
export function ConsentTab({ caseView, canWrite, onReload }: CaseTabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  // Consent is recorded anew, never edited: the dialog only adds.
  const recording = useRecordDialog<never>();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const consents = [...(caseView.consents ?? [])].sort((a, b) => (a.givenOn < b.givenOn ? 1 : -1));
  const live = liveReferralConsent(caseView.consents);
  const withdraw = useCasePartMutation(
    caseView.id,
    (consent: Consent) => api.withdrawConsent(caseView.id, consent.id, consent.version),
    { affectsReferrals: true },
  );

  return (
    <TabSection
      title={t("cases.consent.title")}
      actions={
        canWrite && (
          <TabAction
            kind="add"
            label={t("cases.consent.record")}
            onClick={recording.add}
            testId="record-consent"
          />
        )
      }
    >
      {live === null ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          data-testid="no-referral-consent"
        >
          {t("cases.consent.noReferralConsent")}
        </Alert>
      ) : (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          data-testid="referral-consent"
        >
          {t("cases.consent.referralConsent", { date: format.date(live.givenOn) })}
        </Alert>
      )}
      <RecordList records={consents} empty={t("cases.consent.empty")}>
        {(consent) => {
          const withdrawn = consent.withdrawnOn !== null;
          return (
            <RecordCard
              data-testid="consent-record"
              header={
                <Group gap="xs">
                  <Badge variant="light" color={consent.con_Consent ? "teal" : "gray"}>
                    {consent.con_Consent ? t("cases.consent.givenYes") : t("cases.consent.givenNo")}
                  </Badge>
                  {withdrawn && (
                    <Badge variant="light" color="red">
                      {t("cases.consent.withdrawn")}
                    </Badge>
                  )}
                </Group>
              }
              action={
                canWrite &&
                consent.con_Consent &&
                !withdrawn && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => {
                      setWithdrawing(consent);
                    }}
                  >
                    {t("cases.consent.withdraw")}
                  </Button>
                )
              }
            >
              <FieldList
                items={[
                  {
                    label: t("cases.consent.purposes"),
                    value: consent.purposes
                      .map((purpose) => t(`protect.consentPurposes.${purpose}`))
                      .join(", "),
                  },
                  { label: t("cases.consent.givenOn"), value: format.date(consent.givenOn) },
                  { label: t("cases.consent.recordedBy"), value: consent.recordedBy?.name },
                  { label: t("cases.consent.withdrawnOn"), value: format.date(consent.withdrawnOn) },
                  { label: t("cases.consent.withdrawnBy"), value: consent.withdrawnBy?.name },
                ]}
              />
            </RecordCard>
          );
        }}
      </RecordList>
      <RecordDialog dialog={recording} addTitle={t("cases.consent.record")}>
        {() => <RecordConsentForm caseId={caseView.id} onDone={recording.close} />}
      </RecordDialog>
      {withdrawing !== null && (
        <ConfirmDialog
          opened
          title={t("cases.consent.withdrawTitle")}
          confirmLabel={t("cases.consent.withdrawConfirm")}
          danger
          loading={withdraw.isPending}
          onCancel={() => {
            setWithdrawing(null);
          }}
          onConfirm={() => {
            withdraw.mutate(withdrawing, {
              onSuccess: () => {
                notifySuccess(t("cases.consent.withdrawnDone"));
                setWithdrawing(null);
              },
              onError: (error) => {
                notifyFailure(errorMessage(error, t, { conflict: "stale" }));
                setWithdrawing(null);
                onReload();
              },
            });
          }}
        >
          <Stack gap="xs">
            <Text>{t("cases.consent.withdrawBody")}</Text>
            {withdrawing.purposes.includes("referral") && (
              <Alert color="red" variant="light">
                {t("cases.consent.withdrawEndsReferrals")}
              </Alert>
            )}
          </Stack>
        </ConfirmDialog>
      )}
    </TabSection>
  );
}

function RecordConsentForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ consent: ConsentFormValues }>({
    initialValues: { consent: { given: "yes", purposes: [], givenOn: localIsoDay() } },
    validate: {
      consent: {
        purposes: (value) => (value.length === 0 ? t("cases.consent.purposeRequired") : null),
        givenOn: (value) => (value === "" ? t("forms.required") : null),
      },
    },
  });
  const save = useCasePartMutation(caseId, (body: ConsentRequest) => api.addConsent(caseId, body), {
    affectsReferrals: true,
  });
  const submission = useCaseFormSubmit(form, {
    // The request's fields sit at the top level; the form keeps them under `consent.`.
    serverErrors: {
      aliases: { purposes: "consent.purposes", givenOn: "consent.givenOn", con_Consent: "consent.given" },
    },
    sender: save,
    toBody: (values) => ({
      con_Consent: values.consent.given === "yes",
      purposes: pickAll(CONSENT_PURPOSES, values.consent.purposes),
      givenOn: values.consent.givenOn,
    }),
    onDone,
    savedMessage: t("cases.consent.recorded"),
  });
  return (
    <CaseForm
      submission={submission}
      onCancel={onDone}
      submitLabel={t("cases.consent.save")}
      submitTestId="save-consent"
    >
      <Text size="sm">{t("cases.consent.intro")}</Text>
      <ConsentInputs form={form} />
    </CaseForm>
  );
}
