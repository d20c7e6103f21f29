import { Button, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import type { SessionView } from "../api/types.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { PasswordField } from "../forms/password-field.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";

interface ChangePasswordFormProps {
  onChanged: (session: SessionView) => void;
  submitLabel: string;
}

/** Current password, new password twice. Used at the forced change and on the account page. */
export function ChangePasswordForm({ onChanged, submitLabel }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    validate: {
      currentPassword: (value) => (value === "" ? t("forms.required") : null),
      newPassword: (value) => (value === "" ? t("forms.required") : null),
      confirmPassword: (value, values) => (value !== values.newPassword ? t("forms.passwordsDiffer") : null),
    },
  });
  const errors = useServerErrors(form, {
    messages: { unauthenticated: t("auth.changePassword.wrongCurrent") },
  });
  const change = useMutation({
    mutationFn: api.changePassword,
    onSuccess: (session) => {
      form.reset();
      onChanged(session);
    },
    onError: errors.handleError,
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        errors.clearProblem();
        change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      })}
    >
      <Stack>
        <PasswordField
          label={t("auth.changePassword.current")}
          autoComplete="current-password"
          required
          {...form.getInputProps("currentPassword")}
        />
        <PasswordField
          label={t("auth.changePassword.new")}
          description={t("forms.passwordRules")}
          autoComplete="new-password"
          required
          {...form.getInputProps("newPassword")}
        />
        <PasswordField
          label={t("auth.changePassword.confirm")}
          autoComplete="new-password"
          required
          {...form.getInputProps("confirmPassword")}
        />
        <FormProblemAlert problem={errors.problem} />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: "flex-start" }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
