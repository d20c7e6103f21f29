import { Button, Group } from "@mantine/core";
import { Link, Outlet, useLocation } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { visibleAdminTabs } from "./admin-tabs.ts";
import { DemoDataButton } from "./demo-data-button.tsx";

/** Administration: one section per manage permission, as links (each is its own address). */
export function AdminLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const tabs = visibleAdminTabs(session);
  return (
    <>
      <PageHeader
        title={t("parts.admin.name")}
        actions={hasPermission(session, "demo.load") ? <DemoDataButton /> : undefined}
      />
      <Group component="nav" aria-label={t("admin.sections")} gap="xs" mb="lg">
        {tabs.map((tab) => {
          const active = pathname.startsWith(tab.path);
          return (
            <Button
              key={tab.key}
              component={Link}
              to={tab.path}
              variant={active ? "filled" : "default"}
              aria-current={active ? "page" : undefined}
            >
              {t(`admin.tabs.${tab.key}`)}
            </Button>
          );
        })}
      </Group>
      <Outlet />
    </>
  );
}
