import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { languageOptions } from "../i18n/language-names.ts";

/** An ISO 639 language picker, names in the interface language. */
export function LanguageCodeSelect(props: Omit<SelectProps, "data">) {
  const { i18n } = useTranslation();
  const data = useMemo(() => languageOptions(i18n.language), [i18n.language]);
  return <Select searchable clearable data={data} {...props} />;
}

/** Several ISO 639 languages, names in the interface language. */
export function LanguageCodesSelect(props: Omit<MultiSelectProps, "data">) {
  const { i18n } = useTranslation();
  const data = useMemo(() => languageOptions(i18n.language), [i18n.language]);
  return <MultiSelect searchable clearable data={data} {...props} />;
}
