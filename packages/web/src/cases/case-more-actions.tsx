import { ActionIcon, Menu, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconDots, IconGavel, IconTrash } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { errorMessage } from "../api/error-message.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Case } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { AppModal } from "../ui/app-modal.tsx";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { FormActions } from "../ui/form-actions.tsx";
import { notifyFailure, notifySuccess } from "../ui/notify.ts";

/**
 * Less frequent actions of the holding organisation: asking for the case to be erased (someone
 * with `retention.manage` decides), and placing or lifting a legal hold (`retention.manage`).
 */
export function CaseMoreActions({ caseView, onReload }: { caseView: Case; onReload: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState<"erasure" | "hold" | null>(null);
  const mayRequest = hasPermission(session, "case.write");
  const mayHold = hasPermission(session, "retention.manage");
  const queryClient = useQueryClient();
  const hold = useMutation({
    mutationFn: () => api.setLegalHold(caseView.id, { version: caseView.version, hold: !caseView.legalHold }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.case(caseView.id) }),
  });
  if (caseView.via !== "scope" || (!mayRequest && !mayHold)) return null;
  const close = () => {
    setOpen(null);
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={t("cases.more.label")}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {mayHold && (
            <Menu.Item
              leftSection={<IconGavel size={16} aria-hidden />}
              onClick={() => {
                setOpen("hold");
              }}
            >
              {caseView.legalHold ? t("cases.more.liftHold") : t("cases.more.placeHold")}
            </Menu.Item>
          )}
          {mayRequest && (
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => {
                setOpen("erasure");
              }}
            >
              {t("cases.more.requestErasure")}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={open === "hold"}
        title={caseView.legalHold ? t("cases.more.liftHold") : t("cases.more.placeHold")}
        confirmLabel={caseView.legalHold ? t("cases.more.liftHold") : t("cases.more.placeHold")}
        loading={hold.isPending}
        onCancel={close}
        onConfirm={() => {
          hold.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(caseView.legalHold ? t("cases.more.holdLifted") : t("cases.more.holdPlaced"));
              close();
            },
            onError: (error) => {
              notifyFailure(errorMessage(error, t, { conflict: "stale" }));
              close();
              onReload();
            },
          });
        }}
      >
        {caseView.legalHold ? t("cases.more.liftHoldBody") : t("cases.more.placeHoldBody")}
      </ConfirmDialog>
      <AppModal opened={open === "erasure"} onClose={close} title={t("cases.more.requestErasure")}>
        {open === "erasure" && <ErasureRequestForm caseId={caseView.id} onDone={close} />}
      </AppModal>
    </>
  );
}

function ErasureRequestForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { reason: "" },
    validate: { reason: (value) => (value.trim() === "" ? t("forms.required") : null) },
  });
  const errors = useServerErrors(form);
  const request = useMutation({ mutationFn: (reason: string) => api.requestErasure(caseId, { reason }) });
  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    request.mutate(values.reason.trim(), {
      onSuccess: () => {
        notifySuccess(t("cases.more.erasureRequested"));
        onDone();
      },
      onError: errors.handleError,
    });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Text size="sm">{t("cases.more.erasureBody")}</Text>
        <Textarea
          label={t("cases.more.erasureReason")}
          required
          autosize
          minRows={3}
          {...form.getInputProps("reason")}
        />
        <FormProblemAlert problem={errors.problem} />
        <FormActions
          saving={request.isPending}
          onCancel={onDone}
          submitLabel={t("cases.more.sendRequest")}
          submitColor="red"
        />
      </Stack>
    </form>
  );
}
