import { Fragment, useState, type ReactNode } from "react";
import { AppModal } from "../../ui/app-modal.tsx";

/** The record a tab's dialog is open for: a new one, one to edit, or none (closed). */
export interface RecordDialogState<T> {
  editing: T | "new" | null;
  add: () => void;
  edit: (record: T) => void;
  close: () => void;
}

/**
 * Opens a tab's dialog for a new record or for one of `records`. The record being edited is
 * looked up in `records` at each render, so after Reload (a 409) the dialog holds the current
 * version, and its form starts again from it.
 */
export function useRecordDialog<T extends { id: string; version: number }>(
  records: readonly T[] = [],
): RecordDialogState<T> {
  // "new" while adding; otherwise the id of the record being edited.
  const [editing, setEditing] = useState<string | null>(null);
  return {
    editing:
      editing === null || editing === "new" ? editing : (records.find((r) => r.id === editing) ?? null),
    add: () => {
      setEditing("new");
    },
    edit: (record) => {
      setEditing(record.id);
    },
    close: () => {
      setEditing(null);
    },
  };
}

interface RecordDialogProps<T> {
  dialog: RecordDialogState<T>;
  addTitle: string;
  /** The title for an existing record; a dialog that only adds has none. */
  editTitle?: string;
  size?: "lg";
  /** The form, for a new record (undefined) or the one to edit; it starts afresh at each opening. */
  children: (record: T | undefined) => ReactNode;
}

/** A tab's dialog that adds a record or edits one. */
export function RecordDialog<T extends { id: string; version: number }>({
  dialog,
  addTitle,
  editTitle,
  size,
  children,
}: RecordDialogProps<T>) {
  const { editing, close } = dialog;
  return (
    <AppModal
      opened={editing !== null}
      onClose={close}
      title={editing === "new" ? addTitle : (editTitle ?? addTitle)}
      {...(size === undefined ? {} : { size })}
    >
      {editing === "new" && children(undefined)}
      {editing !== null && editing !== "new" && (
        <Fragment key={`${editing.id}:${String(editing.version)}`}>{children(editing)}</Fragment>
      )}
    </AppModal>
  );
}
