/** The languages the interface is translated into, named in their own language. */
export const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "fr", name: "Français" },
  { code: "de", name: "Deutsch" },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]["code"];

export const DEFAULT_LANGUAGE: LanguageCode = "en";

export function isLanguageCode(value: string): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

/** Maps a tag like `fr-CH` to a supported language, if any. */
export function matchLanguage(tag: string): LanguageCode | undefined {
  const base = tag.toLowerCase().split("-")[0] ?? "";
  return isLanguageCode(base) ? base : undefined;
}
