import { Alert, Group, Stack, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CasePart } from "../../api/protect-vocabulary.ts";

/** A tab's heading with its actions (add, edit) beside it. */
export function TabSection({
  title,
  actions,
  children,
  level = 2,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  level?: 2 | 3;
}) {
  return (
    <Stack gap="sm" component="section">
      <Group justify="space-between" gap="xs">
        <Title order={level} size={level === 2 ? "h4" : "h5"}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}

/** Says that a part of the case is not shared with the reader's organisation. */
export function NotShared({ part }: { part: CasePart }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} data-testid={`${part}-not-shared`}>
      {t("cases.notShared", { part: t(`protect.parts.${part}`) })}
    </Alert>
  );
}
