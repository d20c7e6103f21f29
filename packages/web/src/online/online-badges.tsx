import { Badge } from "@mantine/core";
import { IconActivity } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { IndicatorCategory, NetworkStatus } from "./online-vocabulary.ts";

const STATUS_COLORS: Record<NetworkStatus, string> = {
  new: "blue",
  escalated: "red",
  monitoring: "orange",
  dismissed: "gray",
};

export function NetworkStatusBadge({ status }: { status: NetworkStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} data-testid="network-status">
      {t(`online.status.${status}`)}
    </Badge>
  );
}

/** Ads joined the network since an analyst decided on it. */
export function NewActivityBadge({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Badge variant="light" color="grape" leftSection={<IconActivity size={12} aria-hidden />}>
      {t("online.newActivity")}
    </Badge>
  );
}

export function CategoryBadges({ categories }: { categories: readonly IndicatorCategory[] }) {
  const { t } = useTranslation();
  return (
    <>
      {categories
        .filter((c) => c !== "both")
        .map((c) => (
          <Badge key={c} variant="outline" color={c === "sexual" ? "pink.9" : "teal.9"} size="sm">
            {t(`online.category.${c}`)}
          </Badge>
        ))}
    </>
  );
}

/** The network's score out of 100, coloured by band. */
export function ScoreBadge({ score }: { score: number }) {
  const color = score >= 60 ? "red" : score >= 35 ? "orange" : "gray";
  return (
    <Badge variant="light" color={color} size="lg">
      {Math.round(score)}
    </Badge>
  );
}
