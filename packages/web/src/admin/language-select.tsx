import { Select, type SelectProps } from "@mantine/core";
import { LANGUAGES } from "../i18n/languages.ts";

/** The interface languages, each named in itself. */
export function LanguageSelect(props: Omit<SelectProps, "data">) {
  const data = LANGUAGES.map((language) => ({ value: language.code, label: language.name }));
  return <Select data={data} allowDeselect={false} {...props} />;
}
