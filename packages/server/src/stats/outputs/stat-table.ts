/**
 * A published statistics table as the outputs read it: one- or two-way mostly, margins as
 * the category code "TOTAL", withheld values as null. Optional fields also accept an
 * explicit undefined so that a zod-parsed table (stats-schema.ts) passes as it is.
 */
export interface StatTable {
  readonly id: string;
  readonly title: string;
  readonly dimensions: readonly StatDimension[];
  readonly cells: readonly StatCell[];
  readonly protection: StatProtection;
  /** What is counted, e.g. "persons". */
  readonly unit: string;
  readonly year?: number | undefined;
}

export interface StatDimension {
  readonly name: string;
  readonly label: string;
  readonly categories: readonly { readonly code: string; readonly label: string }[];
}

export interface StatCell {
  /** Category codes, one per dimension, in the order of `dimensions`. */
  readonly categories: readonly string[];
  /** null: withheld. */
  readonly value: number | null;
}

export interface StatProtection {
  readonly method: "exact" | "suppression" | "dp-geometric" | "dp-gaussian";
  readonly threshold?: number | undefined;
  readonly epsilon?: string | undefined;
  readonly delta?: string | undefined;
  readonly rho?: string | undefined;
  readonly note: string;
}

export const TOTAL_CODE = "TOTAL";

/** Thrown for a table that does not hold together (a caller bug, not user input). */
export class StatTableError extends Error {
  override readonly name = "StatTableError";
}

/**
 * Checks that every cell names one known category per dimension, at most once, and that
 * every value is a finite number or null.
 */
export function checkTable(table: StatTable): void {
  const seen = new Set<string>();
  const known = table.dimensions.map((d) => new Set(d.categories.map((c) => c.code)));
  for (const cell of table.cells) {
    if (cell.categories.length !== table.dimensions.length) {
      throw new StatTableError(
        `Table "${table.id}": a cell has ${cell.categories.length} categories for ${table.dimensions.length} dimensions.`,
      );
    }
    cell.categories.forEach((code, i) => {
      if (!known[i]?.has(code)) {
        throw new StatTableError(
          `Table "${table.id}": "${code}" is not a category of ${table.dimensions[i]?.name ?? "?"}.`,
        );
      }
    });
    const key = cell.categories.join("\u0000");
    if (seen.has(key))
      throw new StatTableError(`Table "${table.id}": cell ${cell.categories.join(" × ")} appears twice.`);
    seen.add(key);
    if (cell.value !== null && !Number.isFinite(cell.value)) {
      throw new StatTableError(`Table "${table.id}": cell ${cell.categories.join(" × ")} is not a number.`);
    }
  }
}

/** Cell lookup by category codes; `undefined` when the table has no such cell. */
export function cellIndex(table: StatTable): (codes: readonly string[]) => number | null | undefined {
  const map = new Map(table.cells.map((c) => [c.categories.join("\u0000"), c.value]));
  return (codes) => map.get(codes.join("\u0000"));
}

/** The table's cells in category order (first dimension slowest), whatever order they came in. */
export function orderedCells(table: StatTable): StatCell[] {
  const rank = table.dimensions.map((d) => new Map(d.categories.map((c, i) => [c.code, i])));
  return [...table.cells].sort((a, b) => {
    for (let i = 0; i < rank.length; i += 1) {
      const diff = (rank[i]?.get(a.categories[i] ?? "") ?? 0) - (rank[i]?.get(b.categories[i] ?? "") ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  });
}

export function categoryLabel(dimension: StatDimension, code: string): string {
  return dimension.categories.find((c) => c.code === code)?.label ?? code;
}

/** Eurostat's sign for a value not shown. */
export const WITHHELD_SIGN = ":";

export const WITHHELD_FOOTNOTE =
  ": withheld (confidential) — too few persons to publish without risk of identifying someone, or needed to protect such a value.";

/** What the protection does, in one or two sentences, for method notes and the XLSX "Method" sheet. */
export function describeProtection(p: StatProtection): string {
  switch (p.method) {
    case "exact":
      return "Exact counts, not protected: for internal use only.";
    case "suppression":
      return (
        `Small-cell suppression: counts from 1 to ${p.threshold === undefined ? "the threshold − 1" : String(p.threshold - 1)} are withheld, ` +
        "with further cells withheld so that none can be worked out from the totals. Zeros are published."
      );
    case "dp-geometric":
      return (
        `Differential privacy: every count carries random noise (two-sided geometric, ε = ${p.epsilon ?? "?"}` +
        `${p.delta === undefined ? "" : `, δ = ${p.delta}`}); figures are close to, not equal to, the true counts.` +
        (p.threshold === undefined ? "" : ` Noisy counts below ${p.threshold} are withheld.`)
      );
    case "dp-gaussian":
      return (
        `Differential privacy: every count carries random noise (discrete Gaussian, ρ = ${p.rho ?? "?"} zCDP); ` +
        "figures are close to, not equal to, the true counts." +
        (p.threshold === undefined ? "" : ` Noisy counts below ${p.threshold} are withheld.`)
      );
  }
}

/**
 * A table as rows and columns for people to read (XLSX, HTML, PDF): a two-way table as a
 * cross-table (first dimension down, second across); any other as a list with one value
 * column. `undefined` = no such cell in the table (shown blank), null = withheld.
 */
export interface TableGrid {
  readonly corner: string;
  readonly columns: readonly string[];
  readonly rows: readonly {
    readonly label: string;
    readonly values: readonly (number | null | undefined)[];
  }[];
}

export function tableGrid(table: StatTable): TableGrid {
  const [first, second] = table.dimensions;
  if (table.dimensions.length === 2 && first && second) {
    const get = cellIndex(table);
    return {
      corner: `${first.label} \\ ${second.label}`,
      columns: second.categories.map((c) => c.label),
      rows: first.categories.map((r) => ({
        label: r.label,
        values: second.categories.map((c) => get([r.code, c.code])),
      })),
    };
  }
  return listGrid(table);
}

/** One row per cell, its label the labels of its categories. */
export function listGrid(table: StatTable): TableGrid {
  return {
    corner: table.dimensions.map((d) => d.label).join(" / "),
    columns: ["Value"],
    rows: orderedCells(table).map((cell) => ({
      label: table.dimensions.map((d, i) => categoryLabel(d, cell.categories[i] ?? "")).join(" / "),
      values: [cell.value],
    })),
  };
}
