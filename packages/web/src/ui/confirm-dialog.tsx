import { Button, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AppModal } from "./app-modal.tsx";

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red for actions that take something away (deactivate, revoke, sign out everywhere). */
  danger?: boolean;
  loading?: boolean;
  /** Shown under the text when the action failed. */
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={props.opened} onClose={props.onCancel} title={props.title} centered>
      <Stack>
        {typeof props.children === "string" ? <Text>{props.children}</Text> : props.children}
        {props.error}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t("common.cancel")}
          </Button>
          <Button
            color={props.danger === true ? "red" : "blue"}
            loading={props.loading ?? false}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
