import { stringify } from "csv-stringify/sync";

/**
 * Spreadsheet programs run cells that start with = + - @ (or a tab/CR) as formulas; an
 * attacker who controls a value could make the reader's Excel run one. Prefix such cells
 * with an apostrophe (OWASP CSV injection guidance).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvRows(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return "";
    if (v instanceof Date) return v.toISOString();
    if (typeof v === "string") return neutraliseFormula(v);
    if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
    return neutraliseFormula(JSON.stringify(v));
  };
  return stringify([header.map(String), ...rows.map((r) => r.map(cell))]);
}
