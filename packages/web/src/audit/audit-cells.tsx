import { Code, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isAuditAction, isAuditResourceType } from "@ariadne/domain";
import { auditActionLabel, auditResourceTypeLabel } from "./audit-labels.ts";

/** The action in words, with its code beneath (the code is what the action filter takes). */
export function AuditActionCell({ action }: { action: string }) {
  const { t } = useTranslation();
  if (!isAuditAction(action)) return <Code>{action}</Code>;
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">{auditActionLabel(t, action)}</Text>
      <Code fz="xs">{action}</Code>
    </Stack>
  );
}

/** The kind of record in words, with its type code and id beneath. */
export function AuditResourceCell({ type, id }: { type: string; id: string | null }) {
  const { t } = useTranslation();
  const code = id === null ? type : `${type} ${id}`;
  if (!isAuditResourceType(type)) {
    return (
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {code}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm">{auditResourceTypeLabel(t, type)}</Text>
      <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: "anywhere" }}>
        {code}
      </Text>
    </Stack>
  );
}
