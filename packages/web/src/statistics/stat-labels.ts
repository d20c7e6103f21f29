import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { StatTable } from "../api/types.ts";
import { countryName } from "../i18n/country-names.ts";
import en from "../i18n/locales/en.json";
import { TOTAL } from "./stat-data.ts";

type CategoryKey = keyof typeof en.statistics.categories;
type DimensionKey = keyof typeof en.statistics.dimensions;
type TableKey = keyof typeof en.statistics.tables;

const COUNTRY_DIMENSIONS = new Set(["citizenship", "exploitation_country"]);

function isCategory(code: string): code is CategoryKey {
  return Object.hasOwn(en.statistics.categories, code);
}

function isDimension(name: string): name is DimensionKey {
  return Object.hasOwn(en.statistics.dimensions, name);
}

/** i18next keys cannot hold dots: "victims.sex_by_age" is "victims_sex_by_age". */
export function tableKey(id: string): string {
  return id.replace(/\./g, "_");
}

function isTable(key: string): key is TableKey {
  return Object.hasOwn(en.statistics.tables, key);
}

export interface StatLabels {
  /** A category in the interface language: countries by name, the rest from the translations. */
  category: (dimension: string, code: string, fallback?: string) => string;
  dimension: (name: string, fallback?: string) => string;
  /** The title of a table by its id; the server's English title for a table this app does not know. */
  table: (table: Pick<StatTable, "id" | "title">) => string;
}

/** Labels of the tables' codes. The server's labels are English; the app translates the codes. */
export function useStatLabels(): StatLabels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      category: (dimension, code, fallback) => {
        if (code === TOTAL) return t("statistics.categories.TOTAL");
        if (COUNTRY_DIMENSIONS.has(dimension) && /^[A-Z]{2}$/.test(code)) return countryName(code, language);
        if (isCategory(code)) return t(`statistics.categories.${code}`);
        return fallback ?? code;
      },
      dimension: (name, fallback) =>
        isDimension(name) ? t(`statistics.dimensions.${name}`) : (fallback ?? name),
      table: (table) => {
        const key = tableKey(table.id);
        return isTable(key) ? t(`statistics.tables.${key}`) : table.title;
      },
    }),
    [t, language],
  );
}
