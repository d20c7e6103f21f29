import { useMemo } from "react";
import { useTranslation } from "react-i18next";

export interface Formatters {
  /** Date and time in the interface language, or "" for a missing value. */
  dateTime(iso: string | null): string;
  date(iso: string | null): string;
  time(epochMs: number): string;
  number(value: number): string;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" });
    const date = new Intl.DateTimeFormat(language, { dateStyle: "medium" });
    const time = new Intl.DateTimeFormat(language, { timeStyle: "short" });
    const number = new Intl.NumberFormat(language);
    const format = (formatter: Intl.DateTimeFormat, iso: string | null): string => {
      if (iso === null) return "";
      const at = new Date(iso);
      return Number.isNaN(at.getTime()) ? iso : formatter.format(at);
    };
    return {
      dateTime: (iso) => format(dateTime, iso),
      date: (iso) => format(date, iso),
      time: (epochMs) => time.format(new Date(epochMs)),
      number: (value) => number.format(value),
    };
  }, [language]);
}
