import { Button, Table } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../api/types.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { DataTable } from "../ui/data-table.tsx";
import { AuditActionCell, AuditResourceCell } from "./audit-cells.tsx";
import { AuditEntryDetails } from "./audit-entry-details.tsx";
import { OutcomeBadge } from "./outcome-badge.tsx";

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [shown, setShown] = useState<AuditEntry | null>(null);
  return (
    <>
      <DataTable
        minWidth={900}
        verticalSpacing="xs"
        columns={[
          { label: t("audit.fields.seq") },
          { label: t("audit.fields.at") },
          { label: t("audit.fields.actor") },
          { label: t("audit.fields.action") },
          { label: t("audit.fields.resource") },
          { label: t("audit.fields.outcome") },
          { label: t("audit.fields.clientAddress") },
          { label: t("common.actions"), visuallyHidden: true },
        ]}
      >
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
      </DataTable>
      <AuditEntryDetails
        entry={shown}
        onClose={() => {
          setShown(null);
        }}
      />
    </>
  );
}
