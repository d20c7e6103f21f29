import { Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { Person } from "../../api/types.ts";
import { countryName } from "../../i18n/country-names.ts";
import { languageName } from "../../i18n/language-names.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import {
  changedFields,
  CONTACT_FIELDS,
  IDENTITY_FIELDS,
  toPersonFields,
  toPersonFormValues,
  type PersonFieldKey,
  type PersonFormValues,
} from "../case-form-values.ts";
import { FieldList, type FieldItem } from "../field-list.tsx";
import { ContactInputs, IdentityInputs } from "../person-inputs.tsx";
import { CaseForm, useCaseUpdateSubmit, type CaseFieldsFormProps } from "./case-form.tsx";
import { NotShared, TabAction, TabSection, useEditInPlace, type CaseTabProps } from "./tab-section.tsx";

/** The person: identity and contact, each shown only when shared with the reader. */
export function PersonTab({ caseView, canWrite, onReload }: CaseTabProps) {
  const { t } = useTranslation();
  const { editing, edit, done } = useEditInPlace();
  const identity = caseView.parts.includes("identity");
  const contact = caseView.parts.includes("contact");
  if (editing)
    return <PersonForm key={caseView.version} caseView={caseView} onDone={done} onReload={onReload} />;
  return (
    <Stack gap="lg">
      <TabSection
        title={t("cases.person.identity")}
        actions={canWrite && <TabAction kind="edit" label={t("cases.person.edit")} onClick={edit} />}
      >
        {identity ? <IdentityList person={caseView.person} /> : <NotShared part="identity" />}
      </TabSection>
      <TabSection title={t("cases.person.contact")}>
        {contact ? <ContactList person={caseView.person} /> : <NotShared part="contact" />}
      </TabSection>
    </Stack>
  );
}

function IdentityList({ person }: { person: Person | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const items: FieldItem[] = [
    { label: t("caseFields.prs_FirstName"), value: person?.prs_FirstName },
    { label: t("caseFields.prs_MiddleName"), value: person?.prs_MiddleName },
    { label: t("caseFields.prs_SecondName"), value: person?.prs_SecondName },
    {
      label: t("caseFields.prs_Birthdate"),
      value: person?.prs_Birthdate == null ? null : format.date(person.prs_Birthdate),
    },
    {
      label: t("caseFields.prs_Gender"),
      value: person?.prs_Gender == null ? null : t(`htcds.gender.${person.prs_Gender}`),
    },
    {
      label: t("caseFields.prs_Citizenship"),
      value: (person?.prs_Citizenship ?? []).map((code) => countryName(code, i18n.language)).join(", "),
    },
    {
      label: t("caseFields.prs_PrimaryLanguage"),
      value:
        person?.prs_PrimaryLanguage == null ? null : languageName(person.prs_PrimaryLanguage, i18n.language),
    },
    {
      label: t("caseFields.prs_SecondaryLanguage"),
      value:
        person?.prs_SecondaryLanguage == null
          ? null
          : languageName(person.prs_SecondaryLanguage, i18n.language),
    },
    { label: t("caseFields.prs_IdentityNumber"), value: person?.prs_IdentityNumber },
    {
      label: t("caseFields.prs_MaritalStatus"),
      value: person?.prs_MaritalStatus == null ? null : t(`htcds.maritalStatus.${person.prs_MaritalStatus}`),
    },
    {
      label: t("caseFields.prs_NumberOfChildren"),
      value: person?.prs_NumberOfChildren == null ? null : format.number(person.prs_NumberOfChildren),
    },
    {
      label: t("caseFields.prs_HighestLevelOfEducation"),
      value:
        person?.prs_HighestLevelOfEducation == null
          ? null
          : t(`htcds.education.${person.prs_HighestLevelOfEducation}`),
    },
  ];
  return <FieldList items={items} empty={t("cases.nothingRecorded")} />;
}

function ContactList({ person }: { person: Person | null }) {
  const { t, i18n } = useTranslation();
  const items: FieldItem[] = [
    { label: t("caseFields.prs_MobilePhone"), value: person?.prs_MobilePhone },
    { label: t("caseFields.prs_HomePhone"), value: person?.prs_HomePhone },
    { label: t("caseFields.prs_Email"), value: person?.prs_Email },
    { label: t("caseFields.prs_MailingStreet"), value: person?.prs_MailingStreet },
    { label: t("caseFields.prs_MailingPostalCode"), value: person?.prs_MailingPostalCode },
    { label: t("caseFields.prs_MailingCity"), value: person?.prs_MailingCity },
    { label: t("caseFields.prs_MailingState"), value: person?.prs_MailingState },
    {
      label: t("caseFields.prs_MailingCountry"),
      value:
        person?.prs_MailingCountry == null ? null : countryName(person.prs_MailingCountry, i18n.language),
    },
  ];
  return <FieldList items={items} empty={t("cases.nothingRecorded")} />;
}

/** Edits the person; the PATCH carries only the fields changed, with the version read. */
function PersonForm({ caseView, onDone, onReload }: CaseFieldsFormProps) {
  const { t } = useTranslation();
  const form = useForm<{ person: PersonFormValues }>({
    initialValues: { person: toPersonFormValues(caseView.person) },
  });
  const keys: PersonFieldKey[] = [...IDENTITY_FIELDS, ...CONTACT_FIELDS];
  const submission = useCaseUpdateSubmit(
    form,
    caseView,
    (values) => ({ person: changedFields(toPersonFields(values.person), caseView.person, keys) }),
    onDone,
  );
  return (
    <CaseForm submission={submission} onReload={onReload} onCancel={onDone} gap="lg">
      <TabSection title={t("cases.person.identity")}>
        <IdentityInputs form={form} />
      </TabSection>
      <TabSection title={t("cases.person.contact")}>
        <ContactInputs form={form} />
      </TabSection>
    </CaseForm>
  );
}
