import { Alert, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { User } from "../api/types.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { FormActions } from "../ui/form-actions.tsx";
import { InitialPasswordField } from "./initial-password-field.tsx";
import { useResetUserPassword } from "./user-queries.ts";

interface ResetPasswordFormProps {
  user: User;
  onDone: (user: User) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** An administrator sets a new initial password for a user who forgot theirs. */
export function ResetPasswordForm({ user, onDone, onCancel, onReload }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  // The field is named as in the request body, so a weak-password error lands next to it.
  const form = useForm({
    initialValues: { password: "" },
    validate: { password: (value) => (value === "" ? t("forms.required") : null) },
  });
  const errors = useServerErrors(form, { conflict: "stale" });
  const reset = useResetUserPassword();

  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    reset.mutate({ user, password: values.password }, { onSuccess: onDone, onError: errors.handleError });
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t("users.actions.resetPassword.body", { name: user.fullName })}
        </Alert>
        <Text size="sm">{t("users.actions.resetPassword.handOver", { name: user.fullName })}</Text>
        <InitialPasswordField
          label={t("users.actions.resetPassword.field")}
          description={t("forms.passwordRules")}
          onGenerate={(password) => {
            form.setFieldValue("password", password);
          }}
          {...form.getInputProps("password")}
        />
        <FormProblemAlert problem={errors.problem} onReload={onReload} />
        <FormActions
          saving={reset.isPending}
          onCancel={onCancel}
          submitLabel={t("users.actions.resetPassword.confirm")}
          submitColor="red"
        />
      </Stack>
    </form>
  );
}
