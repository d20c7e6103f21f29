import { Button } from "@mantine/core";
import { IconDatabaseImport } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { errorMessage } from "../api/error-message.ts";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { notifySuccess, notifyFailure } from "../ui/notify.ts";

/** Loads the synthetic demo organisations and users (for trying Ariadne out, never in production). */
export function DemoDataButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const load = useMutation({
    mutationFn: api.loadDemoData,
    onSuccess: async (result) => {
      setConfirming(false);
      notifySuccess(t("admin.demo.done", { organisations: result.organisations, users: result.users }));
      await queryClient.invalidateQueries();
    },
    onError: (error) => {
      setConfirming(false);
      notifyFailure(errorMessage(error, t, { conflict: "duplicate" }));
    },
  });
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconDatabaseImport size={16} aria-hidden />}
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t("admin.demo.button")}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t("admin.demo.title")}
        confirmLabel={t("admin.demo.confirm")}
        loading={load.isPending}
        onConfirm={() => {
          load.mutate();
        }}
        onCancel={() => {
          setConfirming(false);
        }}
      >
        {t("admin.demo.body")}
      </ConfirmDialog>
    </>
  );
}
