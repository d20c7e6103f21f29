import { Alert, Button, Paper, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message.ts";
import { signOutEverywhere } from "../auth/session-lifecycle.ts";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";

export function SignOutEverywhereCard() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const signOut = useMutation({ mutationFn: signOutEverywhere });
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t("account.signOutEverywhere.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t("account.signOutEverywhere.intro")}
      </Text>
      <Button
        color="red"
        variant="outline"
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t("account.signOutEverywhere.button")}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t("account.signOutEverywhere.title")}
        confirmLabel={t("account.signOutEverywhere.button")}
        danger
        loading={signOut.isPending}
        error={
          signOut.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(signOut.error, t)}
            </Alert>
          ) : undefined
        }
        onConfirm={() => {
          signOut.mutate();
        }}
        onCancel={() => {
          setConfirming(false);
        }}
      >
        {t("account.signOutEverywhere.confirm")}
      </ConfirmDialog>
    </Paper>
  );
}
