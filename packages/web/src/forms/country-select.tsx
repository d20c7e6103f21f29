import { Select, type SelectProps } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { countryOptions } from "../i18n/country-names.ts";

/** ISO 3166-1 alpha-2 country picker, names in the interface language. */
export function CountrySelect(props: Omit<SelectProps, "data">) {
  const { i18n } = useTranslation();
  const data = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return <Select searchable clearable data={data} {...props} />;
}
