import { Alert, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCircleCheck, IconInfoCircle, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { errorMessage } from "../../api/error-message.ts";
import { CONSENT_PURPOSES } from "../../api/protect-vocabulary.ts";
import type { Case, Consent, ConsentRequest } from "../../api/types.ts";
import { FormProblemAlert } from "../../forms/form-problem-alert.tsx";
import { pickAll } from "../../forms/picklist.ts";
import { useServerErrors } from "../../forms/use-server-errors.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { liveReferralConsent } from "../../referrals/referral-requirement.ts";
import { AppModal } from "../../ui/app-modal.tsx";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { notifyFailure, notifySuccess } from "../../ui/notify.ts";
import { useCasePartMutation } from "../case-queries.ts";
import { ConsentInputs, type ConsentFormValues } from "../consent-inputs.tsx";
import { FieldList } from "../field-list.tsx";
import { localIsoDay } from "../local-day.ts";
import { TabSection } from "./tab-section.tsx";

interface TabProps {
  caseView: Case;
  canWrite: boolean;
  onReload: () => void;
}

/** Consent (HTCDS `con_` with its purposes): record it, and withdraw it, which ends referrals. */
export function ConsentTab({ caseView, canWrite, onReload }: TabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [recording, setRecording] = useState(false);
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
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setRecording(true);
            }}
            data-testid="record-consent"
          >
            {t("cases.consent.record")}
          </Button>
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
      {consents.length === 0 ? (
        <Text c="dimmed">{t("cases.consent.empty")}</Text>
      ) : (
        <Stack gap="sm">
          {consents.map((consent) => {
            const withdrawn = consent.withdrawnOn !== null;
            return (
              <Paper key={consent.id} withBorder p="sm" radius="md" data-testid="consent-record">
                <Group justify="space-between" gap="xs" mb="xs">
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
                  {canWrite && consent.con_Consent && !withdrawn && (
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
                  )}
                </Group>
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
              </Paper>
            );
          })}
        </Stack>
      )}
      <AppModal
        opened={recording}
        onClose={() => {
          setRecording(false);
        }}
        title={t("cases.consent.record")}
      >
        {recording && (
          <RecordConsentForm
            caseId={caseView.id}
            onDone={() => {
              setRecording(false);
            }}
          />
        )}
      </AppModal>
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
  // The request's fields sit at the top level; the form keeps them under `consent.`.
  const errors = useServerErrors(form, {
    aliases: { purposes: "consent.purposes", givenOn: "consent.givenOn", con_Consent: "consent.given" },
  });
  const save = useCasePartMutation(caseId, (body: ConsentRequest) => api.addConsent(caseId, body), {
    affectsReferrals: true,
  });
  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    save.mutate(
      {
        con_Consent: values.consent.given === "yes",
        purposes: pickAll(CONSENT_PURPOSES, values.consent.purposes),
        givenOn: values.consent.givenOn,
      },
      {
        onSuccess: () => {
          notifySuccess(t("cases.consent.recorded"));
          onDone();
        },
        onError: errors.handleError,
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Text size="sm">{t("cases.consent.intro")}</Text>
        <ConsentInputs form={form} />
        <FormProblemAlert problem={errors.problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="save-consent">
            {t("cases.consent.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
