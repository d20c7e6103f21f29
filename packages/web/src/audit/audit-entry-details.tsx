import { Code, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../api/types.ts";
import { AppModal } from "../ui/app-modal.tsx";

/** The full entry, including its free-form details, in a dialog. */
export function AuditEntryDetails({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={entry !== null}
      onClose={onClose}
      title={entry === null ? "" : t("audit.detailsTitle", { seq: entry.seq })}
      size="lg"
    >
      {entry !== null && (
        <Stack gap="xs">
          <Text size="sm">
            {t("audit.fields.actorOrganisation")}: {entry.actorOrganisationId ?? "—"}
          </Text>
          <Text size="sm">
            {t("audit.fields.actorId")}: {entry.actorUserId ?? "—"}
          </Text>
          <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {JSON.stringify(entry.details, null, 2)}
          </Code>
        </Stack>
      )}
    </AppModal>
  );
}
