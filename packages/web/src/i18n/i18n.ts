import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import de from "./locales/de.json";
import en from "./locales/en.json";
import fr from "./locales/fr.json";
import { browserLanguage, readStoredLanguage, storeLanguage } from "./language-preference.ts";
import { DEFAULT_LANGUAGE, matchLanguage, type LanguageCode } from "./languages.ts";

export const resources = {
  en: { translation: en },
  fr: { translation: fr },
  de: { translation: de },
} as const;

function reflectOnDocument(language: string): void {
  document.documentElement.lang = language;
}

/** Starts i18next synchronously with the bundled translations (no runtime downloads). */
export function initI18n(): typeof i18next {
  const language = readStoredLanguage() ?? browserLanguage() ?? DEFAULT_LANGUAGE;
  i18next.on("languageChanged", reflectOnDocument);
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ["en", "fr", "de"],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  reflectOnDocument(language);
  return i18next;
}

/** The user picked a language: switch and remember it in this browser. */
export function chooseLanguage(language: LanguageCode): void {
  storeLanguage(language);
  void i18next.changeLanguage(language);
}

/** After sign-in, follow the user's profile language unless this browser has an explicit choice. */
export function adoptProfileLanguage(profileLanguage: string): void {
  if (readStoredLanguage() !== undefined) return;
  const language = matchLanguage(profileLanguage);
  if (language !== undefined && language !== i18next.language) void i18next.changeLanguage(language);
}

export function currentLanguage(): LanguageCode {
  return matchLanguage(i18next.language) ?? DEFAULT_LANGUAGE;
}
