import { CATALOGUE_LANGUAGES, type Catalogue, type CatalogueLanguage } from "@ariadne/domain";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CatalogueNames } from "./decision-text.ts";

/** The catalogue language for an interface language tag (`fr-CH` → `fr`); English otherwise. */
export function catalogueLanguage(tag: string): CatalogueLanguage {
  const base = tag.toLowerCase().split("-")[0];
  return CATALOGUE_LANGUAGES.find((language) => language === base) ?? "en";
}

/** Indicator and set names from the catalogue; an id the catalogue lacks is shown as it is. */
export function catalogueNames(catalogue: Catalogue, language: CatalogueLanguage): CatalogueNames {
  const labels = new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator.label[language]]));
  return {
    indicator: (id) => labels.get(id) ?? id,
    set: (set) => catalogue.sets[set].label[language],
  };
}

/** `catalogueNames` in the interface language. */
export function useCatalogueNames(catalogue: Catalogue): CatalogueNames {
  const { i18n } = useTranslation();
  const language = catalogueLanguage(i18n.language);
  return useMemo(() => catalogueNames(catalogue, language), [catalogue, language]);
}
