/** Why an ad was not analysed. */
export type SkipReason = "empty" | "binary" | "missing_id" | "duplicate_id" | "not_text";

export interface Sanitized {
  /** The text as analysed: same offsets as the input's first `text.length` code units. */
  text: string;
  /** The input was longer than the cap and was cut. */
  truncated: boolean;
  /** Code units replaced: control characters (by a space) and lone surrogates (by U+FFFD). */
  replaced: number;
}

/** The analysed length cap (UTF-16 code units); longer ads are cut and marked `truncated`. */
export const DEFAULT_MAX_CHARS = 20_000;

const JUNK_SHARE = 0.3;

/**
 * Makes hostile input safe to analyse without moving any offset: control characters other than
 * tab and newline become spaces, lone surrogates become U+FFFD, and the text is cut at `maxChars`
 * (never inside a surrogate pair). Returns a skip reason for empty or binary input instead of
 * throwing.
 */
export function sanitize(
  input: unknown,
  maxChars = DEFAULT_MAX_CHARS,
): { ok: true; value: Sanitized } | { ok: false; reason: SkipReason } {
  if (typeof input !== "string") return { ok: false, reason: "not_text" };
  let end = Math.min(input.length, maxChars);
  // Do not split a surrogate pair at the cut.
  if (end < input.length && end > 0) {
    const last = input.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
  }
  const truncated = end < input.length;
  let replaced = 0;
  let junk = 0;
  let visible = 0;
  let out: string[] | undefined;
  let copied = 0;
  for (let i = 0; i < end; i++) {
    const c = input.charCodeAt(i);
    let replacement: string | undefined;
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) {
        replacement = " ";
        junk++;
      }
    } else if (c >= 0x7f && c <= 0x9f) {
      replacement = " ";
      junk++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < end ? input.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        visible++;
        continue;
      }
      replacement = "\ufffd";
      junk++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      replacement = "\ufffd";
      junk++;
    } else if (c === 0xfffd) {
      junk++;
    }
    if (c > 0x20 && replacement === undefined) visible++;
    if (replacement !== undefined) {
      out ??= [];
      out.push(input.slice(copied, i), replacement);
      copied = i + 1;
      replaced++;
    }
  }
  let text: string;
  if (out) {
    out.push(input.slice(copied, end));
    text = out.join("");
  } else {
    text = end === input.length ? input : input.slice(0, end);
  }
  if (end > 0 && junk / end > JUNK_SHARE) return { ok: false, reason: "binary" };
  if (visible === 0) return { ok: false, reason: "empty" };
  return { ok: true, value: { text, truncated, replaced } };
}
