import type { ApiErrorDetail } from "../api/types.ts";

/** One problem of an import file: the row (as the file counts them) and the HTCDS field. */
export interface ImportProblem {
  row: number | null;
  field: string | null;
  message: string;
}

/** The server names each problem `rows[12].prs_Gender` (or a field alone for the whole file). */
export function importProblems(details: readonly ApiErrorDetail[]): ImportProblem[] {
  return details.map((detail) => {
    const match = /^rows\[(\d+)\](?:\.(.+))?$/.exec(detail.path);
    if (match === null)
      return { row: null, field: detail.path === "" ? null : detail.path, message: detail.message };
    return { row: Number(match[1]), field: match[2] ?? null, message: detail.message };
  });
}

/** The format of a file from its name; null when the extension says nothing we read. */
export function formatOfFile(name: string): "xlsx" | "csv" | "json" | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension === "xlsx" || extension === "csv" || extension === "json" ? extension : null;
}

export const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
  json: "application/json",
} as const;
