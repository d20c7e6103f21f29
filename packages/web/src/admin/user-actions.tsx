import { ActionIcon, Menu } from "@mantine/core";
import {
  IconDots,
  IconKey,
  IconLockOpen,
  IconPassword,
  IconPencil,
  IconUserCheck,
  IconUserOff,
  type Icon,
} from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message.ts";
import type { User } from "../api/types.ts";
import { useSession } from "../auth/session-context.tsx";
import { AppModal } from "../ui/app-modal.tsx";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { notifySuccess, notifyFailure } from "../ui/notify.ts";
import { ResetPasswordForm } from "./reset-password-form.tsx";
import { userMenuActions, type UserMenuAction } from "./user-menu-actions.ts";
import { useUserAction, type UserAction } from "./user-queries.ts";

interface UserActionsProps {
  user: User;
  /** When the list was loaded: locks are judged against it. */
  now: number;
  onEdit: () => void;
  /** Reloads the list, e.g. after the user was changed meanwhile. */
  onReload: () => void;
}

const MENU_ITEMS: Record<UserMenuAction, { icon: Icon; color?: "red" }> = {
  deactivate: { icon: IconUserOff, color: "red" },
  reactivate: { icon: IconUserCheck },
  resetPassword: { icon: IconPassword },
  resetSecondFactor: { icon: IconKey },
  unlock: { icon: IconLockOpen },
};

/** The per-user menu: edit, and the account actions, each confirmed first. */
export function UserActions({ user, now, onEdit, onReload }: UserActionsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [pending, setPending] = useState<UserMenuAction | null>(null);
  const action = useUserAction();
  const close = () => {
    setPending(null);
  };

  const confirm = (confirmed: UserAction) => {
    action.mutate(
      { action: confirmed, user },
      {
        onSuccess: () => {
          notifySuccess(t(`users.actions.${confirmed}.done`, { name: user.fullName }));
          close();
        },
        onError: (error) => {
          notifyFailure(errorMessage(error, t, { conflict: "stale" }));
          close();
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
          {userMenuActions(user, { now, sessionUserId: session.user.id }).map((key) => {
            const { icon: ItemIcon, color } = MENU_ITEMS[key];
            return (
              <Menu.Item
                key={key}
                {...(color === undefined ? {} : { color })}
                leftSection={<ItemIcon size={16} aria-hidden />}
                onClick={() => {
                  setPending(key);
                }}
              >
                {t(`users.actions.${key}.menu`)}
              </Menu.Item>
            );
          })}
        </Menu.Dropdown>
      </Menu>
      {pending === "resetPassword" ? (
        <AppModal
          opened
          onClose={close}
          title={t("users.actions.resetPassword.title", { name: user.fullName })}
          size="lg"
        >
          <ResetPasswordForm
            user={user}
            onCancel={close}
            onReload={onReload}
            onDone={() => {
              notifySuccess(t("users.actions.resetPassword.done", { name: user.fullName }));
              close();
            }}
          />
        </AppModal>
      ) : (
        pending !== null && (
          <ConfirmDialog
            opened
            title={t(`users.actions.${pending}.title`, { name: user.fullName })}
            confirmLabel={t(`users.actions.${pending}.confirm`)}
            danger={pending === "deactivate" || pending === "resetSecondFactor"}
            loading={action.isPending}
            onConfirm={() => {
              confirm(pending);
            }}
            onCancel={close}
          >
            {t(`users.actions.${pending}.body`, { name: user.fullName })}
          </ConfirmDialog>
        )
      )}
    </>
  );
}
