import { matchLanguage, type LanguageCode } from "./languages.ts";

// With the screener's last role (identify/draft-storage.ts), the only thing Ariadne keeps in
// the browser's long-lived storage.
const STORAGE_KEY = "ariadne.language";

export function readStoredLanguage(): LanguageCode | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === null ? undefined : matchLanguage(value);
  } catch {
    return undefined;
  }
}

export function storeLanguage(language: LanguageCode): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
}

/** The browser's preferred supported language, if any. */
export function browserLanguage(): LanguageCode | undefined {
  for (const tag of navigator.languages) {
    const match = matchLanguage(tag);
    if (match !== undefined) return match;
  }
  return undefined;
}
