import { Select, type SelectProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ORGANISATION_TYPES } from "../api/vocabulary.ts";

/** The HTCDS organisation type picklist, translated. */
export function OrganisationTypeSelect(props: Omit<SelectProps, "data">) {
  const { t } = useTranslation();
  const data = ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }));
  return <Select data={data} allowDeselect={false} {...props} />;
}
