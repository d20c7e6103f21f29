import { useState } from "react";

/** Which record a list page is editing: none, a new one, or an existing one by id. */
export type EditTarget = { mode: "closed" } | { mode: "create" } | { mode: "edit"; id: string };

export function useEditTarget() {
  const [target, setTarget] = useState<EditTarget>({ mode: "closed" });
  return {
    target,
    openCreate: () => {
      setTarget({ mode: "create" });
    },
    openEdit: (id: string) => {
      setTarget({ mode: "edit", id });
    },
    close: () => {
      setTarget({ mode: "closed" });
    },
    /** The edited record in the loaded list (absent when it left the list, e.g. filtered out). */
    find: <T extends { id: string }>(items: readonly T[] | undefined): T | undefined =>
      target.mode === "edit" ? items?.find((item) => item.id === target.id) : undefined,
  };
}
