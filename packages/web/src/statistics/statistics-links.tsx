import { Button } from "@mantine/core";
import { IconChartBar, IconFileExport, IconWorld } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session-context.tsx";
import { hasPermission } from "../auth/permissions.ts";

/** The header links between the statistics pages: dashboard, releases (publishers), public page (a dataset page shows them all). */
export function StatisticsLinks({ current }: { current: "dashboard" | "releases" | "dataset" }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      {current !== "dashboard" && (
        <Button
          component={Link}
          to="/statistics"
          variant="default"
          leftSection={<IconChartBar size={16} aria-hidden />}
        >
          {t("statistics.nav.dashboard")}
        </Button>
      )}
      {current !== "releases" && hasPermission(session, "stats.publish") && (
        <Button
          component={Link}
          to="/statistics/releases"
          variant="default"
          leftSection={<IconFileExport size={16} aria-hidden />}
        >
          {t("statistics.nav.releases")}
        </Button>
      )}
      <Button
        component={Link}
        to="/public/statistics"
        variant="subtle"
        leftSection={<IconWorld size={16} aria-hidden />}
      >
        {t("statistics.nav.publicPage")}
      </Button>
    </>
  );
}
