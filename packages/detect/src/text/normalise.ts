import { CONFUSABLES, isFoldableScript } from "./confusables.ts";
import { EMOJI_NAMES, isPictographic, regionalLetter } from "./emoji.ts";
import { NUMBER_WORDS, type NumberWord } from "./number-words.ts";

/**
 * Text in a canonical form for matching, with the way back: normalised code unit `i` came from
 * `[start[i], end[i])` of the analysed text.
 */
export interface NormalisedText {
  text: string;
  start: Int32Array;
  end: Int32Array;
  /** What was undone, by kind, counted over the whole text (used to flag obfuscation). */
  folds: FoldCounts;
}

export interface FoldCounts {
  /** Cyrillic or Greek look-alikes inside Latin words. */
  homoglyphs: number;
  /** Numbers written as words inside digit runs ("five 5 five"). */
  spelledDigits: number;
  /** Letters standing for digits inside digit runs ("O6l2..."). */
  letterDigits: number;
}

/** The original span of normalised `[from, to)`. */
export function toOriginal(n: NormalisedText, from: number, to: number): { start: number; end: number } {
  if (to <= from) {
    const at = from < n.start.length ? (n.start[from] ?? 0) : (n.end[n.end.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: n.start[from] ?? 0, end: n.end[to - 1] ?? 0 };
}

// Reused between calls: normalisation runs once per ad, millions of times.
let buf = new Uint16Array(1024);
let bufStart = new Int32Array(1024);
let bufEnd = new Int32Array(1024);
let conf = new Uint8Array(1024);
let len = 0;

function ensure(extra: number): void {
  if (len + extra <= buf.length) return;
  let size = buf.length * 2;
  while (size < len + extra) size *= 2;
  const b = new Uint16Array(size);
  b.set(buf.subarray(0, len));
  buf = b;
  const s = new Int32Array(size);
  s.set(bufStart.subarray(0, len));
  bufStart = s;
  const e = new Int32Array(size);
  e.set(bufEnd.subarray(0, len));
  bufEnd = e;
  const c = new Uint8Array(size);
  c.set(conf.subarray(0, len));
  conf = c;
}

function emit(code: number, from: number, to: number, confusable = 0): void {
  ensure(1);
  buf[len] = code;
  bufStart[len] = from;
  bufEnd[len] = to;
  conf[len] = confusable;
  len++;
}

function emitString(text: string, from: number, to: number): void {
  for (let i = 0; i < text.length; i++) emit(text.charCodeAt(i), from, to);
}

const REMOVED = "";
const foldCache = new Map<number, string>();
const MARKS = /\p{M}/gu;

/** Dingbat and double-circled digits, which NFKC leaves alone. */
function dingbatDigit(cp: number): string | undefined {
  for (const base of [0x2776, 0x2780, 0x278a]) {
    if (cp >= base && cp < base + 10) return String(cp - base + 1);
  }
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f5 + 1);
  if (cp === 0x24ea || cp === 0x24ff) return "0";
  return undefined;
}

function fold(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (
    cp === 0xfe0f ||
    cp === 0xfe0e ||
    cp === 0x20e3 ||
    cp === 0x00ad ||
    (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff)
  ) {
    out = REMOVED;
  } else {
    out =
      dingbatDigit(cp) ??
      String.fromCodePoint(cp).normalize("NFKC").toLowerCase().normalize("NFD").replace(MARKS, "");
    if (out.length > 0 && /^\s+$/u.test(out)) out = " ";
  }
  if (foldCache.size < 50_000) foldCache.set(cp, out);
  return out;
}

function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c > 0x7f;
}

/** Pass 1: per code point. NFKC, lower case, no diacritics, emoji as words, look-alikes marked. */
function passCharacters(text: string, folds: FoldCounts): void {
  let marked = false;
  len = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII, most of any ad: written straight into the buffers.
      if (len === buf.length) ensure(1);
      buf[len] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      bufStart[len] = i;
      bufEnd[len] = i + 1;
      conf[len] = 0;
      len++;
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    const region = regionalLetter(cp);
    if (region !== undefined) {
      const next = text.codePointAt(i + 2);
      const second = next === undefined ? undefined : regionalLetter(next);
      if (second !== undefined) {
        emitString(` :flag_${region}${second}: `, i, i + 4);
        i += 4;
      } else {
        emit(0x20, i, i + 2);
        i += 2;
      }
      continue;
    }
    const emoji = EMOJI_NAMES.get(cp);
    if (emoji !== undefined) {
      emitString(` :${emoji}: `, i, i + width);
      i += width;
      continue;
    }
    if (isPictographic(cp) && dingbatDigit(cp) === undefined) {
      emit(0x20, i, i + width);
      i += width;
      continue;
    }
    const folded = fold(cp);
    if (folded.length === 1) {
      const f = folded.charCodeAt(0);
      const lookAlike = isFoldableScript(f) && CONFUSABLES.has(f);
      if (lookAlike) marked = true;
      emit(f, i, i + width, lookAlike ? 1 : 0);
    } else {
      for (let k = 0; k < folded.length; k++) emit(folded.charCodeAt(k), i, i + width);
    }
    i += width;
  }
  if (!marked) return;
  // Fold look-alikes only in words that mix them with Latin letters or digits.
  let w = 0;
  while (w < len) {
    const c = buf[w] ?? 0;
    if (!isWordCode(c) || c === 0x20) {
      w++;
      continue;
    }
    let e = w;
    let latin = false;
    let lookAlikes = false;
    while (e < len) {
      const d = buf[e] ?? 0;
      if (!isWordCode(d) || d === 0x20 || d === 0xa0) break;
      if ((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39)) latin = true;
      if (conf[e] === 1) lookAlikes = true;
      e++;
    }
    if (latin && lookAlikes) {
      for (let k = w; k < e; k++) {
        if (conf[k] === 1) {
          buf[k] = (CONFUSABLES.get(buf[k] ?? 0) ?? "?").charCodeAt(0);
          folds.homoglyphs++;
        }
      }
    }
    w = e === w ? w + 1 : e;
  }
}

interface Item {
  start: number;
  end: number;
  /** Digits of a digit run or of a letters-for-digits token. */
  digits?: string;
  word?: NumberWord;
  lettered?: boolean;
}

const SEPARATORS = new Set([
  0x20, 0x09, 0x0a, 0x0d, 0x2d, 0x2e, 0x2c, 0x2f, 0x28, 0x29, 0x5f, 0x2a, 0x3a, 0x2b,
]);

/** The characters of a pass-2 item: `[a-z0-9]`. */
function isItemCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

const itemHash = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/**
 * NUMBER_WORDS by a hash of their characters, so that an item of the text is looked up without
 * cutting it out as a string: open addressing, entry + 1 in each slot (0: empty).
 */
const NUMBER_WORD_LIST = [...NUMBER_WORDS];
const NUMBER_WORD_MASK = 1023;
const NUMBER_WORD_SLOTS = (() => {
  const slots = new Int32Array(NUMBER_WORD_MASK + 1);
  NUMBER_WORD_LIST.forEach(([word], entry) => {
    let h = 0;
    for (let k = 0; k < word.length; k++) h = itemHash(h, word.charCodeAt(k));
    let slot = h & NUMBER_WORD_MASK;
    while (slots[slot] !== 0) slot = (slot + 1) & NUMBER_WORD_MASK;
    slots[slot] = entry + 1;
  });
  return slots;
})();

/** The number word that `text[start, end)` spells, if any; `h` is its `itemHash`. */
function numberWordAt(text: string, start: number, end: number, h: number): NumberWord | undefined {
  for (let slot = h & NUMBER_WORD_MASK; ; slot = (slot + 1) & NUMBER_WORD_MASK) {
    const entry = NUMBER_WORD_SLOTS[slot] ?? 0;
    if (entry === 0) return undefined;
    const [word, value] = NUMBER_WORD_LIST[entry - 1] ?? ["", undefined];
    if (word.length !== end - start) continue;
    let same = true;
    for (let k = 0; k < word.length && same; k++) same = word.charCodeAt(k) === text.charCodeAt(start + k);
    if (same) return value;
  }
}

function gapJoins(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!SEPARATORS.has(text.charCodeAt(k))) return false;
  return true;
}

/** A replacement of `[start, end)` of the pass-1 text by digits. */
interface Replacement {
  start: number;
  end: number;
  digits: string;
  spelled: boolean;
}

/** Turns the number words of one run into digits ("quatre vingt dix" → 90, "double 5" → 55). */
function convertRun(items: Item[], out: Replacement[]): void {
  let i = 0;
  while (i < items.length) {
    const it = items[i];
    if (!it) break;
    if (it.digits !== undefined) {
      if (it.lettered) out.push({ start: it.start, end: it.end, digits: it.digits, spelled: false });
      i++;
      continue;
    }
    const w = it.word;
    if (!w || w.kind === "joiner") {
      i++;
      continue;
    }
    const next = items[i + 1];
    const nw = next?.word;
    let value = w.value;
    let last = i;
    if (w.kind === "repeat") {
      const d = next?.digits ?? (nw?.kind === "unit" ? String(nw.value) : undefined);
      if (d !== undefined && next) {
        out.push({ start: it.start, end: next.end, digits: d.repeat(w.value), spelled: true });
        i += 2;
      } else {
        i++;
      }
      continue;
    }
    if (w.kind === "unit" && w.value === 4 && nw?.kind === "tens" && nw.value === 20) {
      value = 80;
      last = i + 1;
    } else if (w.kind === "teen" && w.value === 10 && nw?.kind === "unit" && nw.value >= 7) {
      value = 10 + nw.value;
      last = i + 1;
    }
    if (w.kind === "tens" || value === 80) {
      let j = last + 1;
      if (items[j]?.word?.kind === "joiner") j++;
      const u = items[j]?.word;
      if (u?.kind === "unit" && u.value >= 1) {
        value += u.value;
        last = j;
      } else if ((value === 60 || value === 80) && u?.kind === "teen" && u.value < 20) {
        const t = items[j + 1]?.word;
        value += u.value === 10 && t?.kind === "unit" && t.value >= 7 ? 10 + t.value : u.value;
        last = u.value === 10 && t?.kind === "unit" && t.value >= 7 ? j + 1 : j;
      }
    }
    const end = items[last]?.end ?? it.end;
    out.push({ start: it.start, end, digits: String(value), spelled: true });
    i = last + 1;
  }
}

/** Pass 2: runs of at least three numeric items have their number words turned into digits. */
function numberRuns(text: string, folds: FoldCounts): Replacement[] {
  const replacements: Replacement[] = [];
  let run: Item[] = [];
  let numeric = 0;
  let hasWord = false;
  let previousEnd = -10;
  // Items are the runs of [a-z0-9]; only digits, number words and letters-for-digits are cut out.
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isItemCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    let digitCount = 0;
    let letterDigits = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isItemCode(c)) break;
      h = itemHash(h, c);
      if (c <= 0x39) digitCount++;
      else if (c !== 0x6f && c !== 0x6c && c !== 0x69) letterDigits = false;
    }
    const end = i;
    let item: Item | undefined;
    if (digitCount === end - start) {
      item = { start, end, digits: text.slice(start, end) };
    } else {
      const word = numberWordAt(text, start, end, h);
      if (word) item = { start, end, word };
      else if (end - start >= 6 && letterDigits && digitCount >= 2) {
        const digits = text.slice(start, end).replace(/o/g, "0").replace(/[li]/g, "1");
        if (digitCount >= 5) {
          // A long number with letters standing in for digits ("O6l2345678") is one on its own.
          replacements.push({ start, end, digits, spelled: false });
          item = { start, end, digits };
        } else item = { start, end, digits, lettered: true };
      }
    }
    // The run ends here: converted when long enough (an empty run has nothing to flush).
    if (run.length > 0 && (!item || !gapJoins(text, previousEnd, start))) {
      if (numeric >= 3 && hasWord) convertRun(run, replacements);
      run = [];
      numeric = 0;
      hasWord = false;
    }
    if (item) {
      run.push(item);
      if (item.word?.kind !== "joiner") numeric++;
      if (item.word || item.lettered) hasWord = true;
      previousEnd = end;
    } else {
      previousEnd = -10;
    }
  }
  if (numeric >= 3 && hasWord) convertRun(run, replacements);
  replacements.sort((a, b) => a.start - b.start);
  for (const r of replacements) {
    if (r.spelled) folds.spelledDigits++;
    else folds.letterDigits++;
  }
  return replacements;
}

/**
 * An array that `normalise` and `tokenise` may write their offsets into instead of allocating
 * (which costs more than the work itself on short texts); the result then views the scratch and
 * is valid until the scratch is used again.
 */
export interface OffsetScratch {
  array: Int32Array;
}

export function offsets(size: number, scratch: OffsetScratch | undefined): Int32Array {
  if (!scratch) return new Int32Array(size);
  if (scratch.array.length < size) scratch.array = new Int32Array(Math.max(size, 2 * scratch.array.length));
  return scratch.array;
}

let decoder: { decode(input: Uint16Array): string } | undefined;
function bufferText(from: Uint16Array, n: number): string {
  if (n <= 2048) return String.fromCharCode.apply(null, from.subarray(0, n) as unknown as number[]);
  decoder ??= new TextDecoder("utf-16le");
  return decoder.decode(from.subarray(0, n));
}

/**
 * Normalises ad text for matching: Unicode NFKC (fullwidth and mathematical letters, circled
 * digits), lower case, no diacritics, Cyrillic/Greek look-alikes inside Latin words folded,
 * meaningful emoji as `:name:` words (others dropped), zero-width characters removed, and number
 * words in runs of three or more numeric items ("five 5 five", "cinq cinq cinq", "cinco 5 5",
 * "cinci 5 5") turned into digits. Every output code unit maps back to its original span.
 */
export function normalise(text: string, scratch?: OffsetScratch): NormalisedText {
  const folds: FoldCounts = { homoglyphs: 0, spelledDigits: 0, letterDigits: 0 };
  passCharacters(text, folds);
  const pass1 = bufferText(buf, len);
  const replacements = numberRuns(pass1, folds);
  const n1 = len;
  // Both maps in one array: a fresh one, or the caller's scratch.
  const both = offsets(2 * n1, scratch);
  const start = both.subarray(0, n1);
  const end = both.subarray(n1, 2 * n1);
  if (replacements.length === 0) {
    start.set(bufStart.subarray(0, n1));
    end.set(bufEnd.subarray(0, n1));
    return { text: pass1, start, end, folds };
  }
  const parts: string[] = [];
  let o = 0;
  let copied = 0;
  const copy = (to: number) => {
    parts.push(pass1.slice(copied, to));
    for (let k = copied; k < to; k++) {
      start[o] = bufStart[k] ?? 0;
      end[o] = bufEnd[k] ?? 0;
      o++;
    }
  };
  for (const r of replacements) {
    copy(r.start);
    parts.push(r.digits);
    const s = bufStart[r.start] ?? 0;
    const e = bufEnd[r.end - 1] ?? 0;
    for (let k = 0; k < r.digits.length; k++) {
      start[o] = s;
      end[o] = e;
      o++;
    }
    copied = r.end;
  }
  copy(n1);
  // Digits are never longer than the words they replace ("double 5" → "55" is shorter too).
  return { text: parts.join(""), start: start.subarray(0, o), end: end.subarray(0, o), folds };
}
