import { Button, Group, Paper, Stack, Text, type ButtonProps, type PaperProps } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { createContext, Fragment, useContext, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Whether a card stands in a list element (`ol`, `ul`), and so is an `li`. */
const InList = createContext(false);

interface RecordListProps<T> {
  records: readonly T[];
  /** Said, dimmed, when there are no records. */
  empty: string;
  /** Marks the records up as a list (`ol` when their order means something), each card an `li`. */
  list?: "ol" | "ul";
  gap?: "xs" | "sm";
  testId?: string;
  /** A record's card, `RecordCard` mostly. */
  children: (record: T, index: number) => ReactNode;
}

/** A tab's records, one card each, or the empty text. */
export function RecordList<T extends { id: string }>({
  records,
  empty,
  list,
  gap = "sm",
  testId,
  children,
}: RecordListProps<T>) {
  if (records.length === 0) return <Text c="dimmed">{empty}</Text>;
  const cards = records.map((record, index) => (
    <Fragment key={record.id}>{children(record, index)}</Fragment>
  ));
  if (list === undefined)
    return (
      <Stack gap={gap} data-testid={testId}>
        {cards}
      </Stack>
    );
  return (
    <Stack component={list} gap={gap} p={0} m={0} style={{ listStyle: "none" }} data-testid={testId}>
      <InList value>{cards}</InList>
    </Stack>
  );
}

type RecordCardProps = Pick<PaperProps, "style"> & {
  /** The card's first row (its title, badges), with `action` at its end. */
  header?: ReactNode;
  action?: ReactNode;
  /** Lines the action up with the top of a header that may wrap. */
  headerAlign?: "flex-start";
  children?: ReactNode;
  [data: `data-${string}`]: string | boolean | undefined;
};

/** One record of a tab, in a bordered card: a header row with its action, then its fields. */
export function RecordCard({ header, action, headerAlign, children, ...paper }: RecordCardProps) {
  const inList = useContext(InList);
  return (
    <Paper component={inList ? "li" : "div"} withBorder p="sm" radius="md" {...paper}>
      {header !== undefined && (
        <Group
          justify="space-between"
          gap="xs"
          mb="xs"
          {...(headerAlign === undefined ? {} : { align: headerAlign })}
        >
          {header}
          {action}
        </Group>
      )}
      {children}
    </Paper>
  );
}

/** A record's edit button; `label` names the record for assistive technology ("Edit event 2"). */
export function EditRecordButton({
  label,
  onClick,
  ...button
}: { label: string; onClick: () => void } & Pick<ButtonProps, "style">) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      leftSection={<IconPencil size={12} aria-hidden />}
      {...button}
      onClick={onClick}
      aria-label={label}
    >
      {t("common.edit")}
    </Button>
  );
}
