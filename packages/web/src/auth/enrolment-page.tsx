import { Anchor, Button, Center, Group, Image, List, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { MfaEnrolmentConfirmation } from "../api/types.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { CopyValue } from "../ui/copy-value.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { AuthCard } from "./auth-card.tsx";
import { CancelSignInButton } from "./cancel-sign-in-button.tsx";
import { groupSecret } from "./group-secret.ts";
import { OneTimeCodeInput } from "./one-time-code-input.tsx";
import { RecoveryCodesPanel } from "./recovery-codes-panel.tsx";
import { svgDataUrl } from "./svg-data-url.ts";
import { useContinueSignIn } from "./use-continue-sign-in.ts";

export function EnrolmentPage({ redirect }: { redirect: string | undefined }) {
  const { t } = useTranslation();
  const continueSignIn = useContinueSignIn();
  const [confirmed, setConfirmed] = useState<MfaEnrolmentConfirmation | null>(null);

  if (confirmed !== null) {
    return (
      <AuthCard title={t("auth.recoveryCodes.title")} intro={t("auth.recoveryCodes.intro")}>
        <RecoveryCodesPanel
          codes={confirmed.recoveryCodes}
          onContinue={() => {
            continueSignIn(confirmed.session, redirect);
          }}
        />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("auth.enrol.title")} intro={t("auth.enrol.intro")}>
      <EnrolmentSteps onConfirmed={setConfirmed} />
    </AuthCard>
  );
}

function EnrolmentSteps({ onConfirmed }: { onConfirmed: (result: MfaEnrolmentConfirmation) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // A query (not a mutation) so that React's double effects in development start one enrolment only.
  const enrolment = useQuery({
    queryKey: queryKeys.mfaEnrolment,
    queryFn: api.startMfaEnrolment,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const form = useForm({
    initialValues: { code: "" },
    validate: { code: (value) => (value.trim() === "" ? t("forms.required") : null) },
  });
  const errors = useServerErrors(form, { messages: { unauthenticated: t("auth.secondFactor.wrongCode") } });
  const confirm = useMutation({
    mutationFn: api.confirmMfaEnrolment,
    onSuccess: (result) => {
      queryClient.removeQueries({ queryKey: queryKeys.mfaEnrolment });
      onConfirmed(result);
    },
    onError: (error) => {
      form.setFieldValue("code", "");
      errors.handleError(error);
    },
  });

  return (
    <QueryState query={enrolment}>
      {({ qrSvg, secret, otpauthUrl }) => (
        <Stack>
          <List type="ordered" spacing="xs">
            <List.Item>{t("auth.enrol.stepInstall")}</List.Item>
            <List.Item>{t("auth.enrol.stepScan")}</List.Item>
            <List.Item>{t("auth.enrol.stepConfirm")}</List.Item>
          </List>
          <Center>
            <Image src={svgDataUrl(qrSvg)} alt={t("auth.enrol.qrAlt")} w={200} h={200} fit="contain" />
          </Center>
          <Text size="sm">
            {t("auth.enrol.sameDevice")} <Anchor href={otpauthUrl}>{t("auth.enrol.openApp")}</Anchor>
          </Text>
          <Text size="sm">{t("auth.enrol.manualEntry")}</Text>
          <CopyValue value={secret} display={groupSecret(secret)} label={t("auth.enrol.secretLabel")} />
          <form
            noValidate
            onSubmit={form.onSubmit((values) => {
              errors.clearProblem();
              confirm.mutate({ code: values.code.replace(/\s/g, "") });
            })}
          >
            <Stack>
              <OneTimeCodeInput label={t("auth.enrol.code")} {...form.getInputProps("code")} />
              <FormProblemAlert problem={errors.problem} />
              <Group justify="space-between">
                <CancelSignInButton />
                <Button type="submit" loading={confirm.isPending}>
                  {t("auth.enrol.submit")}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      )}
    </QueryState>
  );
}
