import { LANGUAGE_CODES } from "./language-codes.ts";

export interface LanguageOption {
  value: string;
  label: string;
}

/** Language options named and sorted in the interface language. */
export function languageOptions(language: string): LanguageOption[] {
  const names = new Intl.DisplayNames([language], { type: "language", fallback: "code" });
  const collator = new Intl.Collator(language);
  return LANGUAGE_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}

/** A language's name in the interface language; the code itself when the browser does not know it. */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}
