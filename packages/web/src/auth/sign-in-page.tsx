import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconInfoCircle } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { PasswordField } from "../forms/password-field.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { AuthCard } from "./auth-card.tsx";
import type { SessionEndReason } from "./session-store.ts";
import { useContinueSignIn } from "./use-continue-sign-in.ts";

interface SignInPageProps {
  redirect: string | undefined;
  reason: SessionEndReason | undefined;
}

export function SignInPage({ redirect, reason }: SignInPageProps) {
  const { t } = useTranslation();
  const continueSignIn = useContinueSignIn();
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: {
      email: (value) => (value.trim() === "" ? t("forms.required") : null),
      password: (value) => (value === "" ? t("forms.required") : null),
    },
  });
  const errors = useServerErrors(form, { messages: { unauthenticated: t("auth.signIn.wrongCredentials") } });
  const login = useMutation({
    mutationFn: api.login,
    onSuccess: (session) => {
      continueSignIn(session, redirect);
    },
    onError: (error) => {
      form.setFieldValue("password", "");
      errors.handleError(error);
    },
  });

  return (
    <AuthCard title={t("auth.signIn.title")}>
      {reason !== undefined && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} role="status">
          {t(`auth.signIn.reason.${reason}`)}
        </Alert>
      )}
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          errors.clearProblem();
          login.mutate({ email: values.email.trim(), password: values.password });
        })}
      >
        <Stack>
          <TextInput
            label={t("auth.fields.email")}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps("email")}
          />
          <PasswordField
            label={t("auth.fields.password")}
            autoComplete="current-password"
            required
            {...form.getInputProps("password")}
          />
          <FormProblemAlert problem={errors.problem} />
          <Button type="submit" loading={login.isPending}>
            {t("auth.signIn.submit")}
          </Button>
          <Text size="sm" c="dimmed">
            {t("auth.signIn.forgotPassword")}
          </Text>
          <Anchor component={Link} to="/public/statistics" size="sm" data-testid="public-statistics-link">
            {t("statistics.public.fromSignIn")}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
