import { Alert, Button, Group, Stack, Title } from "@mantine/core";
import { IconLock, IconPencil, IconPlus } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CasePart } from "../../api/protect-vocabulary.ts";
import type { Case } from "../../api/types.ts";

/** What the case page gives a tab that shows a part of the case and may change it. */
export interface CaseTabProps {
  caseView: Case;
  canWrite: boolean;
  /** Loads the case again: offered when a save meets a newer version (409). */
  onReload: () => void;
}

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

/** The button beside a tab's heading: adds a record, or edits what the tab shows. */
export function TabAction({
  kind,
  label,
  onClick,
  testId,
}: {
  kind: "add" | "edit";
  label: string;
  onClick: () => void;
  testId?: string;
}) {
  const Icon = kind === "add" ? IconPlus : IconPencil;
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<Icon size={14} aria-hidden />}
      onClick={onClick}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}

/**
 * A tab whose fields are edited in place: while `editing`, its form stands instead of it,
 * until `done` (saved, nothing to save, or cancelled).
 */
export function useEditInPlace() {
  const [editing, setEditing] = useState(false);
  return {
    editing,
    edit: () => {
      setEditing(true);
    },
    done: () => {
      setEditing(false);
    },
  };
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
