import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditOutcome } from "../api/vocabulary.ts";

const COLOURS: Record<AuditOutcome, string> = { success: "teal", denied: "orange", failure: "red" };

export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOURS[outcome]}>
      {t(`audit.outcomes.${outcome}`)}
    </Badge>
  );
}
