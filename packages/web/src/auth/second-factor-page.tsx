import { Anchor, Button, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import type { MfaChallengeRequest } from "../api/types.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { AuthCard } from "./auth-card.tsx";
import { CancelSignInButton } from "./cancel-sign-in-button.tsx";
import { OneTimeCodeInput } from "./one-time-code-input.tsx";
import { useContinueSignIn } from "./use-continue-sign-in.ts";

export function SecondFactorPage({ redirect }: { redirect: string | undefined }) {
  const { t } = useTranslation();
  const continueSignIn = useContinueSignIn();
  const [useRecovery, setUseRecovery] = useState(false);
  const form = useForm({
    initialValues: { code: "", recoveryCode: "" },
    validate: {
      code: (value) => (!useRecovery && value.trim() === "" ? t("forms.required") : null),
      recoveryCode: (value) => (useRecovery && value.trim() === "" ? t("forms.required") : null),
    },
  });
  const errors = useServerErrors(form, {
    messages: {
      unauthenticated: t("auth.secondFactor.wrongCode"),
      validation_failed: t("auth.secondFactor.wrongCode"),
    },
  });
  const challenge = useMutation({
    mutationFn: (body: MfaChallengeRequest) => api.answerMfaChallenge(body),
    onSuccess: (session) => {
      continueSignIn(session, redirect);
    },
    onError: (error) => {
      form.setValues({ code: "", recoveryCode: "" });
      errors.handleError(error);
    },
  });

  return (
    <AuthCard
      title={t("auth.secondFactor.title")}
      intro={useRecovery ? t("auth.secondFactor.recoveryIntro") : t("auth.secondFactor.intro")}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          errors.clearProblem();
          challenge.mutate(
            useRecovery
              ? { recoveryCode: values.recoveryCode.trim() }
              : { code: values.code.replace(/\s/g, "") },
          );
        })}
      >
        <Stack>
          {useRecovery ? (
            <TextInput
              label={t("auth.secondFactor.recoveryCode")}
              autoComplete="off"
              spellCheck={false}
              required
              {...form.getInputProps("recoveryCode")}
            />
          ) : (
            <OneTimeCodeInput label={t("auth.secondFactor.code")} {...form.getInputProps("code")} />
          )}
          <FormProblemAlert problem={errors.problem} />
          <Button type="submit" loading={challenge.isPending}>
            {t("auth.secondFactor.submit")}
          </Button>
          <Group justify="space-between">
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                setUseRecovery((value) => !value);
                form.clearErrors();
                errors.clearProblem();
              }}
            >
              {useRecovery ? t("auth.secondFactor.useCode") : t("auth.secondFactor.useRecoveryCode")}
            </Anchor>
            <CancelSignInButton />
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}
