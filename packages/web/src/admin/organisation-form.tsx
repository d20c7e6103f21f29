import { NumberInput, SimpleGrid, Stack, Switch, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../api/types.ts";
import { CountrySelect } from "../forms/country-select.tsx";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { OrganisationTypeSelect } from "../forms/organisation-type-select.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { FormActions } from "../ui/form-actions.tsx";
import {
  toCreateOrganisationRequest,
  toOrganisationFormValues,
  toUpdateOrganisationRequest,
  type OrganisationFormValues,
} from "./organisation-form-values.ts";
import { useCreateOrganisation, useUpdateOrganisation } from "./organisation-queries.ts";

interface OrganisationFormProps {
  /** Absent to create a new organisation. */
  organisation?: Organisation;
  onDone: (organisation: Organisation) => void;
  onCancel: () => void;
  /** Reloads the record after someone else changed it. */
  onReload: () => void;
}

export function OrganisationForm({ organisation, onDone, onCancel, onReload }: OrganisationFormProps) {
  const { t } = useTranslation();
  const form = useForm<OrganisationFormValues>({
    initialValues: toOrganisationFormValues(organisation),
    validate: {
      org_Name: (value) => (value.trim() === "" ? t("forms.required") : null),
      org_Type: (value) => (value === null ? t("forms.required") : null),
    },
  });
  const errors = useServerErrors(form, { conflict: organisation === undefined ? "duplicate" : "stale" });
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();

  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    const callbacks = { onSuccess: onDone, onError: errors.handleError };
    if (organisation === undefined) {
      const body = toCreateOrganisationRequest(values);
      if (body !== null) create.mutate(body, callbacks);
    } else {
      update.mutate(
        { id: organisation.id, body: toUpdateOrganisationRequest(values, organisation) },
        callbacks,
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <TextInput label={t("organisations.fields.name")} required {...form.getInputProps("org_Name")} />
        <OrganisationTypeSelect
          label={t("organisations.fields.type")}
          required
          {...form.getInputProps("org_Type")}
        />
        <TextInput label={t("organisations.fields.street")} {...form.getInputProps("org_ShippingStreet")} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t("organisations.fields.postalCode")}
            {...form.getInputProps("org_ShippingPostalCode")}
          />
          <TextInput label={t("organisations.fields.city")} {...form.getInputProps("org_ShippingCity")} />
          <TextInput label={t("organisations.fields.state")} {...form.getInputProps("org_ShippingState")} />
          <CountrySelect
            label={t("organisations.fields.country")}
            {...form.getInputProps("org_ShippingCountry")}
          />
          <NumberInput
            label={t("organisations.fields.latitude")}
            min={-90}
            max={90}
            decimalScale={6}
            hideControls
            {...form.getInputProps("org_ShippingLatitude")}
          />
          <NumberInput
            label={t("organisations.fields.longitude")}
            min={-180}
            max={180}
            decimalScale={6}
            hideControls
            {...form.getInputProps("org_ShippingLongitude")}
          />
        </SimpleGrid>
        <TextInput label={t("organisations.fields.phone")} type="tel" {...form.getInputProps("org_Phone")} />
        {organisation !== undefined && (
          <Switch
            label={t("organisations.fields.active")}
            description={t("organisations.activeHelp")}
            {...form.getInputProps("active", { type: "checkbox" })}
          />
        )}
        <FormProblemAlert problem={errors.problem} onReload={onReload} />
        <FormActions
          saving={create.isPending || update.isPending}
          onCancel={onCancel}
          submitLabel={organisation === undefined ? t("common.create") : t("common.save")}
        />
      </Stack>
    </form>
  );
}
