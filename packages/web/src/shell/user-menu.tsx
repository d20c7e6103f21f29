import { Avatar, Button, Menu, Text, VisuallyHidden } from "@mantine/core";
import { IconLogout, IconUserCircle } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session-context.tsx";
import { signOut } from "../auth/session-lifecycle.ts";

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter((part) => part !== "")
    .map((part) => part[0] ?? "")
    .join("");
  return (letters.slice(0, 1) + letters.slice(-1)).toUpperCase();
}

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          leftSection={
            <Avatar size="sm" color="blue" aria-hidden>
              {initials(user.fullName)}
            </Avatar>
          }
        >
          <VisuallyHidden>{t("shell.userMenu")}: </VisuallyHidden>
          <Text span size="sm" visibleFrom="sm" maw={180} truncate>
            {user.fullName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t("shell.account")}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => {
            void signOut();
          }}
        >
          {t("shell.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
