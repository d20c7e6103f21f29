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
export function tokenise(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const numeric: number[] = [];
  const n = text.length;
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
        starts.push(i);
        ends.push(j + 1);
        numeric.push(0);
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
    starts.push(i);
    ends.push(j);
    numeric.push(letters === 0 && !leet ? 1 : 0);
    i = j;
  }
  return {
    words,
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    numeric: Uint8Array.from(numeric),
    count: words.length,
  };
}

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
