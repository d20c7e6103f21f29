import { ActionIcon, Code, CopyButton, Group, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

interface CopyValueProps {
  value: string;
  /** What is copied, for the button's accessible name ("Copy token"). */
  label: string;
  /** Shown instead of the raw value (e.g. grouped for reading). */
  display?: string;
}

/** A value shown once (token, secret) with a button that copies it. */
export function CopyValue({ value, label, display }: CopyValueProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code block style={{ flex: 1, minWidth: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
        {display ?? value}
      </Code>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t("common.copied") : t("common.copyThing", { thing: label })} withArrow>
            <ActionIcon
              variant="light"
              color={copied ? "teal" : "blue"}
              onClick={copy}
              aria-label={copied ? t("common.copied") : t("common.copyThing", { thing: label })}
            >
              {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
