import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { User } from "../api/types.ts";
import { ActiveBadge } from "./active-badge.tsx";
import { isLocked } from "./user-menu-actions.ts";

export function UserBadges({ user, now }: { user: User; now: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <ActiveBadge active={user.active} />
      {isLocked(user, now) && (
        <Badge variant="light" color="red">
          {t("users.locked")}
        </Badge>
      )}
      <Badge variant="light" color={user.mfaEnabled ? "blue" : "yellow"}>
        {user.mfaEnabled ? t("users.mfaOn") : t("users.mfaOff")}
      </Badge>
    </Group>
  );
}
