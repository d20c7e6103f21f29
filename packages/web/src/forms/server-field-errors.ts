import type { ApiErrorDetail } from "../api/types.ts";

export interface FieldErrorMapping {
  /** Errors keyed by form path (Mantine's `setErrors` format). */
  fieldErrors: Record<string, string>;
  /** Details whose path names no field of the form; shown with the form's general message. */
  unmatched: ApiErrorDetail[];
}

function hasPath(values: unknown, path: string): boolean {
  if (path === "") return false;
  let node: unknown = values;
  for (const segment of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * Splits the server's validation details into errors for the form's fields (the path of a
 * detail is the path of the request body, e.g. `administrator.email`, which the forms mirror)
 * and the rest. `aliases` maps a body path onto a differently named form field.
 */
export function mapServerFieldErrors(
  details: readonly ApiErrorDetail[],
  values: object,
  aliases: Readonly<Record<string, string>> = {},
): FieldErrorMapping {
  const fieldErrors: Record<string, string> = {};
  const unmatched: ApiErrorDetail[] = [];
  for (const detail of details) {
    const path = Object.hasOwn(aliases, detail.path) ? (aliases[detail.path] ?? detail.path) : detail.path;
    if (hasPath(values, path)) {
      fieldErrors[path] =
        fieldErrors[path] === undefined ? detail.message : `${fieldErrors[path]} ${detail.message}`;
    } else {
      unmatched.push(detail);
    }
  }
  return { fieldErrors, unmatched };
}
