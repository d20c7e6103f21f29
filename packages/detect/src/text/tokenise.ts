import { offsets, type OffsetScratch } from "./normalise.ts";

/**
 * Word tokens of normalised text, with their normalised spans. Leetspeak is undone here, at the
 * word level ("fr3sh" → "fresh", "l@dy" → "lady"), and not in the text itself, so that digits in
 * phone numbers, prices and e-mail addresses stay as they are.
 */
export interface Tokens {
  words: string[];
  start: Int32Array;
  end: Int32Array;
  /** 1 when the token is all digits. */
  numeric: Uint8Array;
  count: number;
}

const LEET: Record<number, number> = {
  0x30: 0x6f, // 0 → o
  0x31: 0x69, // 1 → i
  0x33: 0x65, // 3 → e
  0x34: 0x61, // 4 → a
  0x35: 0x73, // 5 → s
  0x37: 0x74, // 7 → t
  0x40: 0x61, // @ → a
  0x24: 0x73, // $ → s
};

const otherLetter = new Map<number, boolean>();
const LETTER = /^[\p{L}\p{N}]$/u;

function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isWordChar(c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c < 0x80) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let known = otherLetter.get(c);
  if (known === undefined) {
    known = LETTER.test(String.fromCharCode(c));
    otherLetter.set(c, known);
  }
  return known;
}

/** Tokens: letter/digit runs, `:emoji:` words, with leetspeak undone inside letter words. */
export function tokenise(text: string, scratch?: OffsetScratch): Tokens {
  const words: string[] = [];
  const n = text.length;
  // A text has at most one token per two code units, plus one.
  if (tokenStarts.length < n + 2) tokenStarts = new Int32Array(2 * n + 2);
  const spans = tokenStarts;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x3a && i + 2 < n && isLetter(text.charCodeAt(i + 1))) {
      // `:name:` emoji words made by normalise()
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!(isLetter(d) || d === 0x5f)) break;
        j++;
      }
      if (j < n && text.charCodeAt(j) === 0x3a && j - i <= 24) {
        words.push(text.slice(i, j + 1));
        spans[count++] = i;
        i = j + 1;
        continue;
      }
    }
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    let digits = 0;
    let leet = false;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) {
        if (d >= 0x30 && d <= 0x39) digits++;
        else letters++;
        j++;
        continue;
      }
      // "@" or "$" between letters is leetspeak ("l@dy"), not an address
      if (
        (d === 0x40 || d === 0x24) &&
        j > i &&
        isLetter(text.charCodeAt(j - 1)) &&
        j + 1 < n &&
        isLetter(text.charCodeAt(j + 1)) &&
        !/^[a-z0-9-]+\./.test(text.slice(j + 1, j + 40))
      ) {
        leet = true;
        j++;
        continue;
      }
      break;
    }
    let word = text.slice(i, j);
    if ((digits > 0 && letters >= 2) || leet) word = unleet(word);
    words.push(word);
    // Numeric tokens are marked by a negative start (~start) until the spans are copied out.
    spans[count++] = letters === 0 && !leet ? ~i : i;
    i = j;
  }
  // Starts, ends and the numeric flags in one array (a fresh one, or the caller's scratch).
  const all = offsets(3 * count, scratch);
  const numeric = new Uint8Array(all.buffer, all.byteOffset + 8 * count, count);
  for (let t = 0; t < count; t++) {
    const s = spans[t] ?? 0;
    const from = s < 0 ? ~s : s;
    numeric[t] = s < 0 ? 1 : 0;
    all[t] = from;
    all[count + t] = from + (words[t]?.length ?? 0);
  }
  return { words, start: all.subarray(0, count), end: all.subarray(count, 2 * count), numeric, count };
}

/** Token starts of the text being tokenised (reused between calls). */
let tokenStarts = new Int32Array(1024);

/** Digits and symbols between letters become the letters they imitate. */
function unleet(word: string): string {
  let out = "";
  let changed = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const mapped = LEET[c];
    const before = k > 0 && isLetter(word.charCodeAt(k - 1));
    const after = k + 1 < word.length && isLetter(word.charCodeAt(k + 1));
    if (mapped !== undefined && before && after) {
      out += String.fromCharCode(mapped);
      changed = true;
    } else {
      out += word[k] ?? "";
    }
  }
  return changed ? out : word;
}
