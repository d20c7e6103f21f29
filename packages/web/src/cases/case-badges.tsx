import { Badge } from "@mantine/core";
import { IconAlarm, IconShare } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CaseStatus } from "../api/protect-vocabulary.ts";

const STATUS_COLORS: Record<CaseStatus, string> = {
  Active: "blue",
  FollowUp: "teal",
  Closed: "gray",
  ClosedReferred: "gray",
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {t(`htcds.caseStatus.${status}`)}
    </Badge>
  );
}

/** Open tasks past their due date; nothing when there are none. */
export function OverdueBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Badge variant="light" color="red" leftSection={<IconAlarm size={12} aria-hidden />}>
      {t("cases.overdueTasks", { count })}
    </Badge>
  );
}

/** A case another organisation shared with the reader's by a referral. */
export function SharedBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="violet" leftSection={<IconShare size={12} aria-hidden />}>
      {t("cases.sharedWithYou")}
    </Badge>
  );
}
