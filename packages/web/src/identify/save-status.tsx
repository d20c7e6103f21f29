import { Button, Group, Loader, Text } from "@mantine/core";
import { IconCloudCheck, IconCloudOff, IconCloudUp, IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { SaveStatus } from "./draft-saver.ts";

function StatusLine({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  switch (status.kind) {
    case "saved":
      return (
        <Group gap={6} wrap="nowrap">
          <IconCloudCheck size={18} aria-hidden color="var(--mantine-color-teal-9)" />
          <Text size="sm">{t("identify.save.saved")}</Text>
        </Group>
      );
    case "unsaved":
      return (
        <Group gap={6} wrap="nowrap">
          <IconCloudUp size={18} aria-hidden />
          <Text size="sm">{t("identify.save.unsaved")}</Text>
        </Group>
      );
    case "saving":
      return (
        <Group gap={6} wrap="nowrap">
          <Loader size={16} aria-hidden />
          <Text size="sm">{t("identify.save.saving")}</Text>
        </Group>
      );
    case "retrying":
      return (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconCloudOff size={18} aria-hidden color="var(--mantine-color-orange-9)" />
          <Text size="sm" fw={500}>
            {t("identify.save.retrying")}
          </Text>
        </Group>
      );
    case "failed":
      return (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={18} aria-hidden color="var(--mantine-color-red-9)" />
          <Text size="sm" fw={500}>
            {t(`identify.save.failed.${status.reason}`)}
          </Text>
        </Group>
      );
  }
}

/** "Saving / saved / offline — will retry", always visible above the step. */
export function SaveStatusIndicator({
  status,
  discarded,
  onRetry,
}: {
  status: SaveStatus;
  discarded: number;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const canRetry = status.kind === "retrying" || (status.kind === "failed" && status.reason !== "closed");
  return (
    <Group gap="xs" justify="space-between" wrap="wrap" data-print="hide">
      <div role="status" data-testid="save-status" data-status={status.kind}>
        <StatusLine status={status} />
        {discarded > 0 && (
          <Text size="xs" c="dimmed">
            {t("identify.save.discarded", { count: discarded })}
          </Text>
        )}
      </div>
      {canRetry && (
        <Button variant="light" h={44} onClick={onRetry}>
          {t("identify.save.retryNow")}
        </Button>
      )}
    </Group>
  );
}
