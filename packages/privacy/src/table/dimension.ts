import { invalidParameter } from "../errors.ts";

/**
 * A classification variable of a statistical table (year, sex, age band, citizenship, form of
 * exploitation), with its categories in publication order. The last category is always the
 * explicit "unknown" one: a victim whose sex was not recorded is counted there, never
 * dropped, so that "not known" (a count) stays distinct from "nobody" (a zero).
 */
export interface Dimension {
  readonly name: string;
  /** Ordered category labels; the last one is the unknown category. */
  readonly categories: readonly string[];
  /** Index of the unknown category: `categories.length − 1`. */
  readonly unknownIndex: number;
}

export interface DimensionOptions {
  /** Label of the unknown category; `"unknown"` by default. */
  readonly unknown?: string;
}

/** Builds a dimension, appending the unknown category. Refuses duplicate or empty labels. */
export function defineDimension(
  name: string,
  categories: readonly string[],
  options: DimensionOptions = {},
): Dimension {
  const unknown = options.unknown ?? "unknown";
  if (name.trim() === "") throw invalidParameter("dimension.name", "must not be empty");
  const seen = new Set<string>();
  for (const [i, label] of [...categories, unknown].entries()) {
    if (label.trim() === "") throw invalidParameter(`${name}.categories[${i}]`, "must not be empty");
    if (seen.has(label)) {
      throw invalidParameter(
        `${name}.categories[${i}]`,
        label === unknown
          ? `"${label}" is the unknown category, which is added last; name it with options.unknown`
          : `"${label}" appears twice`,
      );
    }
    seen.add(label);
  }
  return { name, categories: [...categories, unknown], unknownIndex: categories.length };
}

/** Index of a category label; refuses a label the dimension does not have. */
export function categoryIndex(dimension: Dimension, label: string): number {
  const index = dimension.categories.indexOf(label);
  if (index < 0) {
    throw invalidParameter(
      dimension.name,
      `"${label}" is not one of its ${dimension.categories.length} categories`,
    );
  }
  return index;
}

/**
 * A label → index function for encoding records before aggregation (a Map built once, so the
 * aggregation loop itself sees only integers). Missing values (null, undefined, "") map to the
 * unknown category; an unrecognised label throws unless `unrecognised: "unknown"`.
 */
export function categoryIndexer(
  dimension: Dimension,
  options: { readonly unrecognised?: "throw" | "unknown" } = {},
): (label: string | null | undefined) => number {
  const map = new Map(dimension.categories.map((label, index) => [label, index]));
  const lenient = options.unrecognised === "unknown";
  return (label) => {
    if (label === null || label === undefined || label === "") return dimension.unknownIndex;
    const index = map.get(label);
    if (index !== undefined) return index;
    if (lenient) return dimension.unknownIndex;
    throw invalidParameter(dimension.name, `"${label}" is not one of its categories`);
  };
}
