import { Button, Group, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { errorMessage } from "../api/error-message.ts";
import type { StatRelease } from "../api/types.ts";
import { STAT_EXPORT_FORMATS, type StatExportFormat } from "../api/vocabulary.ts";
import { notifyFailure } from "../ui/notify.ts";
import { saveFile } from "../ui/save-file.ts";

const EXTENSIONS: Record<StatExportFormat, string> = {
  csv: "csv",
  sdmx: "sdmx.csv",
  xlsx: "xlsx",
  html: "html",
  pdf: "pdf",
};

/** A row of download buttons, named for what they download, after a "Download" heading. */
export function DownloadsGroup({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={label}>
      <Text size="sm" fw={500}>
        {t("statistics.downloads.heading")}
      </Text>
      {children}
    </Group>
  );
}

/** The release's files for a signed-in reader: fetched with the session, then saved. */
export function ReleaseDownloads({ release }: { release: StatRelease }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (format: StatExportFormat) => api.exportRelease(release.id, format),
  });
  return (
    <DownloadsGroup label={t("statistics.downloads.label", { title: release.title })}>
      {STAT_EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          size="compact-sm"
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={download.isPending && download.variables === format}
          aria-label={t("statistics.downloads.as", {
            title: release.title,
            format: t(`statistics.formats.${format}`),
          })}
          onClick={() => {
            download.mutate(format, {
              onSuccess: (file) => {
                saveFile(file.blob, file.fileName ?? `ariadne-${String(release.year)}.${EXTENSIONS[format]}`);
              },
              onError: (error) => {
                notifyFailure(errorMessage(error, t));
              },
            });
          }}
        >
          {t(`statistics.formats.${format}`)}
        </Button>
      ))}
    </DownloadsGroup>
  );
}

/** The files of a public release as plain links: anyone can download them, no session needed. */
export function PublicReleaseDownloads({ release }: { release: StatRelease }) {
  const { t } = useTranslation();
  return (
    <DownloadsGroup label={t("statistics.downloads.label", { title: release.title })}>
      {STAT_EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          component="a"
          href={api.publicReleaseExportUrl(release.id, format)}
          download
          size="compact-sm"
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          aria-label={t("statistics.downloads.as", {
            title: release.title,
            format: t(`statistics.formats.${format}`),
          })}
          data-format={format}
        >
          {t(`statistics.formats.${format}`)}
        </Button>
      ))}
    </DownloadsGroup>
  );
}
