/**
 * Look-alike letters from other scripts folded to the Latin letter they imitate (after
 * lower-casing). A small hand-made subset of Unicode's confusables.txt covering Cyrillic and
 * Greek, the scripts used to dodge keyword filters in European ads. Applied only inside a word
 * that also has Latin letters or digits, so genuine Cyrillic or Greek words stay as written.
 */
export const CONFUSABLES: ReadonlyMap<number, string> = new Map(
  Object.entries({
    // Cyrillic (lower case; upper case is lowered first)
    а: "a",
    в: "b",
    е: "e",
    ё: "e",
    з: "3",
    і: "i",
    ї: "i",
    ј: "j",
    к: "k",
    м: "m",
    н: "h",
    о: "o",
    р: "p",
    с: "c",
    т: "t",
    у: "y",
    х: "x",
    ѕ: "s",
    һ: "h",
    ԁ: "d",
    ԛ: "q",
    ԝ: "w",
    ь: "b",
    п: "n",
    г: "r",
    // Greek
    α: "a",
    β: "b",
    γ: "y",
    ε: "e",
    η: "n",
    ι: "i",
    κ: "k",
    μ: "u",
    ν: "v",
    ο: "o",
    ρ: "p",
    τ: "t",
    υ: "u",
    χ: "x",
    ω: "w",
    ζ: "z",
    ς: "s",
  }).map(([from, to]) => [from.codePointAt(0) ?? 0, to]),
);

/** Cyrillic or Greek: the scripts whose look-alikes are folded. */
export function isFoldableScript(cp: number): boolean {
  return (cp >= 0x0370 && cp <= 0x03ff) || (cp >= 0x0400 && cp <= 0x052f);
}
