import { ActionIcon, Menu } from "@mantine/core";
import { IconDots, IconKey, IconLockOpen, IconPencil, IconUserCheck, IconUserOff } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message.ts";
import type { User } from "../api/types.ts";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { notifySuccess, notifyFailure } from "../ui/notify.ts";
import { isLocked } from "./user-badges.tsx";
import { useUserAction, type UserAction } from "./user-queries.ts";

interface UserActionsProps {
  user: User;
  /** When the list was loaded: locks are judged against it. */
  now: number;
  onEdit: () => void;
}

/** The per-user menu: edit, and the account actions, each confirmed first. */
export function UserActions({ user, now, onEdit }: UserActionsProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<UserAction | null>(null);
  const action = useUserAction();

  const confirm = () => {
    if (pending === null) return;
    action.mutate(
      { action: pending, user },
      {
        onSuccess: () => {
          notifySuccess(t(`users.actions.${pending}.done`, { name: user.fullName }));
          setPending(null);
        },
        onError: (error) => {
          notifyFailure(errorMessage(error, t, { conflict: "stale" }));
          setPending(null);
        },
      },
    );
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t("users.actionsFor", { name: user.fullName })}
          >
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
            {t("common.edit")}
          </Menu.Item>
          {user.active ? (
            <Menu.Item
              color="red"
              leftSection={<IconUserOff size={16} aria-hidden />}
              onClick={() => {
                setPending("deactivate");
              }}
            >
              {t("users.actions.deactivate.menu")}
            </Menu.Item>
          ) : (
            <Menu.Item
              leftSection={<IconUserCheck size={16} aria-hidden />}
              onClick={() => {
                setPending("reactivate");
              }}
            >
              {t("users.actions.reactivate.menu")}
            </Menu.Item>
          )}
          {user.mfaEnabled && (
            <Menu.Item
              leftSection={<IconKey size={16} aria-hidden />}
              onClick={() => {
                setPending("resetSecondFactor");
              }}
            >
              {t("users.actions.resetSecondFactor.menu")}
            </Menu.Item>
          )}
          {isLocked(user, now) && (
            <Menu.Item
              leftSection={<IconLockOpen size={16} aria-hidden />}
              onClick={() => {
                setPending("unlock");
              }}
            >
              {t("users.actions.unlock.menu")}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {pending !== null && (
        <ConfirmDialog
          opened
          title={t(`users.actions.${pending}.title`, { name: user.fullName })}
          confirmLabel={t(`users.actions.${pending}.confirm`)}
          danger={pending === "deactivate" || pending === "resetSecondFactor"}
          loading={action.isPending}
          onConfirm={confirm}
          onCancel={() => {
            setPending(null);
          }}
        >
          {t(`users.actions.${pending}.body`, { name: user.fullName })}
        </ConfirmDialog>
      )}
    </>
  );
}
