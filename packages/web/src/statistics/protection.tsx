import { Badge, Text } from "@mantine/core";
import { IconLock, IconShieldCheck } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { StatProtection } from "../api/types.ts";

/** The cut-off a DP selection states in its note ("… exceeds 181 are listed"), if it does. */
export function selectionCutoff(note: string): string | null {
  return /exceeds (\d+)/.exec(note)?.[1] ?? null;
}

/** How a figure is protected, in a word: exact (internal), suppression or differential privacy. */
export function ProtectionBadge({ protection }: { protection: StatProtection }) {
  const { t } = useTranslation();
  switch (protection.method) {
    case "exact":
      return (
        <Badge
          color="red"
          variant="filled"
          leftSection={<IconLock size={12} aria-hidden />}
          data-testid="badge-exact"
        >
          {t("statistics.protection.exact")}
        </Badge>
      );
    case "suppression":
      return (
        <Badge color="blue" variant="light" leftSection={<IconShieldCheck size={12} aria-hidden />}>
          {t("statistics.protection.suppression", { threshold: protection.threshold ?? "?" })}
        </Badge>
      );
    case "dp-geometric":
      return (
        <Badge color="grape" variant="light" leftSection={<IconShieldCheck size={12} aria-hidden />}>
          {t("statistics.protection.dp", { epsilon: protection.epsilon ?? "?" })}
        </Badge>
      );
  }
}

/** What the protection means for the reader, in the interface language. */
export function protectionNote(t: TFunction, protection: StatProtection): string {
  switch (protection.method) {
    case "exact":
      return t("statistics.protection.notes.exact");
    case "suppression":
      return t("statistics.protection.notes.suppression", { threshold: protection.threshold ?? "?" });
    case "dp-geometric": {
      if (protection.threshold !== undefined)
        return t("statistics.protection.notes.dp", {
          epsilon: protection.epsilon ?? "?",
          threshold: protection.threshold,
        });
      const cutoff = selectionCutoff(protection.note);
      return cutoff === null
        ? t("statistics.protection.notes.dpSelection", { epsilon: protection.epsilon ?? "?" })
        : t("statistics.protection.notes.dpSelectionCutoff", { epsilon: protection.epsilon ?? "?", cutoff });
    }
  }
}

export function ProtectionNote({ protection }: { protection: StatProtection }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" data-testid="protection-note">
      {protectionNote(t, protection)}
    </Text>
  );
}
