import { MultiSelect, type MultiSelectProps } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { countryOptions } from "../i18n/country-names.ts";

/** Several ISO 3166-1 alpha-2 countries (a citizenship), names in the interface language. */
export function CountryMultiSelect(props: Omit<MultiSelectProps, "data">) {
  const { i18n } = useTranslation();
  const data = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return <MultiSelect searchable clearable data={data} {...props} />;
}
