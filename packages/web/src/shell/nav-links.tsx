import { NavLink, Stack } from "@mantine/core";
import { IconHome } from "@tabler/icons-react";
import { Link, useLocation } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useVisibleParts } from "./use-visible-parts.ts";

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const parts = useVisibleParts();
  return (
    <Stack gap={2}>
      <NavLink
        component={Link}
        to="/"
        label={t("shell.home")}
        leftSection={<IconHome size={18} aria-hidden />}
        active={pathname === "/"}
        aria-current={pathname === "/" ? "page" : undefined}
        onClick={onNavigate}
      />
      {parts.map((part) => {
        const active = pathname === part.path || pathname.startsWith(`${part.path}/`);
        return (
          <NavLink
            key={part.key}
            component={Link}
            to={part.path}
            label={t(`parts.${part.key}.name`)}
            leftSection={<part.icon size={18} aria-hidden />}
            active={active}
            aria-current={active ? "page" : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
