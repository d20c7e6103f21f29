import { useState, type ReactNode } from "react";
import { AppModal } from "../../ui/app-modal.tsx";

/** The record a tab's dialog is open for: a new one, one to edit, or none (closed). */
export interface RecordDialogState<T> {
  editing: T | "new" | null;
  add: () => void;
  edit: (record: T) => void;
  close: () => void;
}

export function useRecordDialog<T>(): RecordDialogState<T> {
  const [editing, setEditing] = useState<T | "new" | null>(null);
  return {
    editing,
    add: () => {
      setEditing("new");
    },
    edit: (record) => {
      setEditing(record);
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
export function RecordDialog<T>({ dialog, addTitle, editTitle, size, children }: RecordDialogProps<T>) {
  const { editing, close } = dialog;
  return (
    <AppModal
      opened={editing !== null}
      onClose={close}
      title={editing === "new" ? addTitle : (editTitle ?? addTitle)}
      {...(size === undefined ? {} : { size })}
    >
      {editing !== null && children(editing === "new" ? undefined : editing)}
    </AppModal>
  );
}
