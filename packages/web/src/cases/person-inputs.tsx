import { NumberInput, SimpleGrid, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { PRS_GENDER, PRS_HIGHEST_LEVEL_OF_EDUCATION, PRS_MARITAL_STATUS } from "../api/protect-vocabulary.ts";
import { CountryMultiSelect } from "../forms/country-multi-select.tsx";
import { CountrySelect } from "../forms/country-select.tsx";
import { LanguageCodeSelect } from "../forms/language-code-select.tsx";
import { PicklistSelect } from "../forms/picklist-inputs.tsx";
import type { PersonFormValues } from "./case-form-values.ts";

interface PersonInputsProps<V extends { person: PersonFormValues }> {
  form: UseFormReturnType<V>;
}

/** The identity fields of a person (HTCDS `prs_`), under `person.` in the form. */
export function IdentityInputs<V extends { person: PersonFormValues }>({ form }: PersonInputsProps<V>) {
  const { t } = useTranslation();
  const field = (name: keyof PersonFormValues) => form.getInputProps(`person.${name}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label={t("caseFields.prs_FirstName")} autoComplete="off" {...field("prs_FirstName")} />
      <TextInput label={t("caseFields.prs_SecondName")} autoComplete="off" {...field("prs_SecondName")} />
      <TextInput label={t("caseFields.prs_MiddleName")} autoComplete="off" {...field("prs_MiddleName")} />
      <TextInput
        type="date"
        label={t("caseFields.prs_Birthdate")}
        description={t("cases.form.birthdateHelp")}
        {...field("prs_Birthdate")}
      />
      <PicklistSelect
        label={t("caseFields.prs_Gender")}
        values={PRS_GENDER}
        labelOf={(value) => t(`htcds.gender.${value}`)}
        {...field("prs_Gender")}
      />
      <CountryMultiSelect label={t("caseFields.prs_Citizenship")} {...field("prs_Citizenship")} />
      <LanguageCodeSelect label={t("caseFields.prs_PrimaryLanguage")} {...field("prs_PrimaryLanguage")} />
      <LanguageCodeSelect label={t("caseFields.prs_SecondaryLanguage")} {...field("prs_SecondaryLanguage")} />
      <TextInput
        label={t("caseFields.prs_IdentityNumber")}
        autoComplete="off"
        spellCheck={false}
        {...field("prs_IdentityNumber")}
      />
      <PicklistSelect
        label={t("caseFields.prs_MaritalStatus")}
        values={PRS_MARITAL_STATUS}
        labelOf={(value) => t(`htcds.maritalStatus.${value}`)}
        {...field("prs_MaritalStatus")}
      />
      <NumberInput
        label={t("caseFields.prs_NumberOfChildren")}
        min={0}
        max={50}
        allowDecimal={false}
        {...field("prs_NumberOfChildren")}
      />
      <PicklistSelect
        label={t("caseFields.prs_HighestLevelOfEducation")}
        values={PRS_HIGHEST_LEVEL_OF_EDUCATION}
        labelOf={(value) => t(`htcds.education.${value}`)}
        {...field("prs_HighestLevelOfEducation")}
      />
    </SimpleGrid>
  );
}

/** The contact fields of a person, under `person.` in the form. */
export function ContactInputs<V extends { person: PersonFormValues }>({ form }: PersonInputsProps<V>) {
  const { t } = useTranslation();
  const field = (name: keyof PersonFormValues) => form.getInputProps(`person.${name}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        type="tel"
        label={t("caseFields.prs_MobilePhone")}
        autoComplete="off"
        {...field("prs_MobilePhone")}
      />
      <TextInput
        type="tel"
        label={t("caseFields.prs_HomePhone")}
        autoComplete="off"
        {...field("prs_HomePhone")}
      />
      <TextInput type="email" label={t("caseFields.prs_Email")} autoComplete="off" {...field("prs_Email")} />
      <TextInput
        label={t("caseFields.prs_MailingStreet")}
        autoComplete="off"
        {...field("prs_MailingStreet")}
      />
      <TextInput
        label={t("caseFields.prs_MailingPostalCode")}
        autoComplete="off"
        {...field("prs_MailingPostalCode")}
      />
      <TextInput label={t("caseFields.prs_MailingCity")} autoComplete="off" {...field("prs_MailingCity")} />
      <TextInput label={t("caseFields.prs_MailingState")} autoComplete="off" {...field("prs_MailingState")} />
      <CountrySelect label={t("caseFields.prs_MailingCountry")} {...field("prs_MailingCountry")} />
    </SimpleGrid>
  );
}
