import { Button, Table, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../api/types.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { AuditActionCell, AuditResourceCell } from "./audit-cells.tsx";
import { AuditEntryDetails } from "./audit-entry-details.tsx";
import { OutcomeBadge } from "./outcome-badge.tsx";

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [shown, setShown] = useState<AuditEntry | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("audit.fields.seq")}</Table.Th>
              <Table.Th scope="col">{t("audit.fields.at")}</Table.Th>
              <Table.Th scope="col">{t("audit.fields.actor")}</Table.Th>
              <Table.Th scope="col">{t("audit.fields.action")}</Table.Th>
              <Table.Th scope="col">{t("audit.fields.resource")}</Table.Th>
              <Table.Th scope="col">{t("audit.fields.outcome")}</Table.Th>
              <Table.Th scope="col">{t("audit.fields.clientAddress")}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.seq}>
                <Table.Td>{entry.seq}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{format.dateTime(entry.at)}</Table.Td>
                <Table.Td>{entry.actorName ?? t("audit.system")}</Table.Td>
                <Table.Td>
                  <AuditActionCell action={entry.action} />
                </Table.Td>
                <Table.Td>
                  {entry.resourceType === null ? (
                    "—"
                  ) : (
                    <AuditResourceCell type={entry.resourceType} id={entry.resourceId} />
                  )}
                </Table.Td>
                <Table.Td>
                  <OutcomeBadge outcome={entry.outcome} />
                </Table.Td>
                <Table.Td>{entry.clientAddress ?? "—"}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => {
                      setShown(entry);
                    }}
                    aria-label={t("audit.showDetails", { seq: entry.seq })}
                  >
                    {t("audit.details")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <AuditEntryDetails
        entry={shown}
        onClose={() => {
          setShown(null);
        }}
      />
    </>
  );
}
