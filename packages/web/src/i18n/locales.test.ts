import { describe, expect, it } from "vitest";
import de from "./locales/de.json";
import en from "./locales/en.json";
import fr from "./locales/fr.json";

type Tree = { [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") result.set(path, value);
    else for (const [inner, text] of flatten(value, path)) result.set(inner, text);
  }
  return result;
}

/** Keys with plural suffixes folded into their base key, as i18next looks them up. */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((key) => key.replace(PLURAL_SUFFIX, "")));
}

function pluralBases(keys: Iterable<string>): Set<string> {
  return new Set(
    [...keys].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, "")),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "").sort();
}

const english = flatten(en);

describe.each([
  ["fr", fr],
  ["de", de],
])("the %s translation", (language, resource) => {
  const translated = flatten(resource);

  it("has exactly the English keys", () => {
    expect([...baseKeys(translated.keys())].sort()).toEqual([...baseKeys(english.keys())].sort());
  });

  it("has every plural form the language needs", () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const base of pluralBases(english.keys())) {
      for (const category of categories) {
        // French "many" (1 000 000 de …) falls back to "other" when absent, so it is optional.
        if (category === "many" && !translated.has(`${base}_many`)) continue;
        expect(translated.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
      }
    }
  });

  it("has no empty text", () => {
    const empty = [...translated].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("keeps the English placeholders", () => {
    for (const [key, text] of translated) {
      const englishText = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, "_other"));
      if (englishText === undefined) continue;
      expect(placeholders(text), key).toEqual(placeholders(englishText));
    }
  });
});

describe("the English text", () => {
  it("has no empty text", () => {
    expect([...english].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });
});
