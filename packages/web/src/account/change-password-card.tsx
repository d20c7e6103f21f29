import { Paper, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ChangePasswordForm } from "../auth/change-password-form.tsx";
import { storeSession } from "../auth/session-store.ts";
import { notifySuccess } from "../ui/notify.ts";

export function ChangePasswordCard() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t("auth.changePassword.title")}
      </Title>
      <ChangePasswordForm
        submitLabel={t("auth.changePassword.submit")}
        onChanged={(session) => {
          storeSession(session);
          notifySuccess(t("auth.changePassword.done"));
        }}
      />
    </Paper>
  );
}
