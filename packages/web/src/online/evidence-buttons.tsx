import { Button } from "@mantine/core";
import { IconFileDownload, IconPrinter } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { errorMessage } from "../api/error-message.ts";
import type { Network } from "../api/types.ts";
import { notifyFailure } from "../ui/notify.ts";
import { saveFile } from "../ui/save-file.ts";

/** Downloads the network's evidence package (an audited export): JSON, or the printable report. */
export function EvidenceButtons({ network }: { network: Network }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: (format: "json" | "html") => api.exportEvidence(network.id, format),
    onSuccess: (file, format) => {
      saveFile(file.blob, file.fileName ?? `evidence-${network.reference}.${format}`);
    },
    onError: (error) => {
      notifyFailure(errorMessage(error, t));
    },
  });
  const busy = download.isPending ? download.variables : null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPrinter size={18} aria-hidden />}
        loading={busy === "html"}
        onClick={() => {
          download.mutate("html");
        }}
        data-testid="evidence-html"
      >
        {t("online.evidence.report")}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileDownload size={18} aria-hidden />}
        loading={busy === "json"}
        onClick={() => {
          download.mutate("json");
        }}
        data-testid="evidence-json"
      >
        {t("online.evidence.json")}
      </Button>
    </>
  );
}
