import { Alert, Button, Checkbox, CopyButton, Group, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCopy, IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

interface RecoveryCodesPanelProps {
  codes: readonly string[];
  onContinue: () => void;
}

function download(codes: readonly string[], heading: string): void {
  const blob = new Blob([`${heading}\n\n${codes.join("\n")}\n`], { type: "text/plain;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = "ariadne-recovery-codes.txt";
  anchor.click();
  URL.revokeObjectURL(url);
}

/** Shows the recovery codes once; the user must confirm that they saved them. */
export function RecoveryCodesPanel({ codes, onContinue }: RecoveryCodesPanelProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  return (
    <Stack>
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        {t("auth.recoveryCodes.warning")}
      </Alert>
      <List
        type="ordered"
        ff="monospace"
        spacing={4}
        aria-label={t("auth.recoveryCodes.listLabel")}
        styles={{ root: { columns: 2 } }}
      >
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group gap="xs">
        <CopyButton value={codes.join("\n")}>
          {({ copied, copy }) => (
            <Button variant="light" leftSection={<IconCopy size={16} aria-hidden />} onClick={copy}>
              {copied ? t("common.copied") : t("auth.recoveryCodes.copy")}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => {
            download(codes, t("auth.recoveryCodes.fileHeading"));
          }}
        >
          {t("auth.recoveryCodes.download")}
        </Button>
      </Group>
      <Text size="sm">{t("auth.recoveryCodes.howToUse")}</Text>
      <Checkbox
        label={t("auth.recoveryCodes.confirmSaved")}
        checked={saved}
        onChange={(event) => {
          setSaved(event.currentTarget.checked);
        }}
      />
      <Button disabled={!saved} onClick={onContinue}>
        {t("common.continue")}
      </Button>
    </Stack>
  );
}
