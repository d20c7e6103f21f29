import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { AuditFilterForm } from "./audit-filter-form.tsx";
import { toAuditQuery } from "./audit-filters.ts";
import { useAuditLog } from "./audit-queries.ts";
import { AuditTable } from "./audit-table.tsx";
import { AuditVerifyPanel } from "./audit-verify-panel.tsx";

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ReturnType<typeof toAuditQuery>>({});
  const log = useAuditLog(filters);

  return (
    <>
      <PageHeader
        title={t("parts.audit.name")}
        description={t("audit.intro")}
        actions={
          <Button
            component="a"
            href={api.auditExportUrl(filters)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t("audit.export")}
          </Button>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t("audit.filtersTitle")}
          </Title>
          <AuditFilterForm
            onApply={(values) => {
              setFilters(toAuditQuery(values));
            }}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t("audit.verify.title")}
          </Title>
          <Text size="sm" mb="sm">
            {t("audit.verify.intro")}
          </Text>
          <AuditVerifyPanel />
        </Paper>
        <section aria-labelledby="audit-entries-heading">
          <Title order={2} size="h4" mb="sm" id="audit-entries-heading">
            {t("audit.entriesTitle")}
          </Title>
          <QueryState query={log} isEmpty={(entries) => entries.length === 0} empty={t("audit.empty")}>
            {(entries) => (
              <>
                <AuditTable entries={entries} />
                <Group justify="center" mt="md">
                  {log.hasNextPage ? (
                    <Button
                      variant="light"
                      loading={log.isFetchingNextPage}
                      onClick={() => {
                        void log.fetchNextPage();
                      }}
                    >
                      {t("audit.loadMore")}
                    </Button>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("audit.end", { count: entries.length })}
                    </Text>
                  )}
                </Group>
              </>
            )}
          </QueryState>
        </section>
      </Stack>
    </>
  );
}
