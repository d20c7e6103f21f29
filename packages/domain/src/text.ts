import { z } from "zod";

// Control characters other than tab and line breaks; PostgreSQL text cannot even hold U+0000.
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

/**
 * Free text as people type it: trimmed, at most `max` characters, no control characters
 * (line breaks only where `multiline`). Every free-text field and search uses it.
 */
export function plainText(max: number, options: { min?: number; multiline?: boolean } = {}) {
  const min = options.min ?? 1;
  return z
    .string()
    .trim()
    .min(min, { error: min === 1 ? "must not be empty" : `must be at least ${min} characters` })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((v) => !CONTROL.test(v) && (options.multiline === true || !/[\n\r]/.test(v)), {
      error: "must not contain control characters",
    });
}

/** A search term: like plainText, but may be empty. */
export const searchText = (max = 200) => plainText(max, { min: 0 });
