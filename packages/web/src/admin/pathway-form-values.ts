import type { NrmStage } from "../api/types.ts";

/** A stage row of the pathway form; paths `stages.3.key` match the server's details. */
export interface StageRow {
  key: string;
  label: string;
  reflection: boolean;
}

export function toStageRows(
  stages: readonly { key: string; label: string; reflection?: boolean | undefined }[],
): StageRow[] {
  return stages.map((stage) => ({
    key: stage.key,
    label: stage.label,
    reflection: stage.reflection === true,
  }));
}

/** A stage key from a label: lower case, letters, digits and _ (what the server accepts). */
export function keyFromLabel(label: string): string {
  const key = label
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+/, "")
    .replace(/_+$/, "")
    .slice(0, 40);
  return key.length >= 2 ? key : "";
}

/** The stages as the API takes them: trimmed, `reflection` only where it is set. */
export function toStages(rows: readonly StageRow[]): NrmStage[] {
  return rows.map((row) => ({
    key: row.key.trim(),
    label: row.label.trim(),
    ...(row.reflection ? { reflection: true } : {}),
  }));
}
