import { NumberInput, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { GROUPS_SERVED, SERVICE_TYPES } from "../api/protect-vocabulary.ts";
import type { ServiceOffer } from "../api/types.ts";
import { useOrganisationOptions } from "../admin/use-organisation-options.ts";
import { useSession } from "../auth/session-context.tsx";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { LanguageCodesSelect } from "../forms/language-code-select.tsx";
import { PicklistCheckboxes, PicklistSelect } from "../forms/picklist-inputs.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { FormActions } from "../ui/form-actions.tsx";
import { useCreateService, useUpdateService } from "./service-queries.ts";
import {
  toCreateServiceRequest,
  toServiceFormValues,
  toUpdateServiceRequest,
  type ServiceFormValues,
} from "./service-form-values.ts";

interface ServiceFormProps {
  /** Absent to add a new offer. */
  offer?: ServiceOffer;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Add or change a service offer of the directory. */
export function ServiceForm({ offer, onDone, onCancel, onReload }: ServiceFormProps) {
  const { t } = useTranslation();
  const session = useSession();
  const chooseOrganisation = offer === undefined && session.user.scope === "all";
  const organisations = useOrganisationOptions();
  const form = useForm<ServiceFormValues>({
    initialValues: {
      ...toServiceFormValues(offer),
      ...(chooseOrganisation ? { organisationId: session.user.organisationId } : {}),
    },
    validate: {
      serviceType: (value) => (value === null ? t("forms.required") : null),
      languages: (value) => (value.length === 0 ? t("services.languageRequired") : null),
      groupsServed: (value) => (value.length === 0 ? t("services.groupRequired") : null),
      region: (value) => (value.trim() === "" ? t("forms.required") : null),
    },
  });
  const errors = useServerErrors(form, { conflict: offer === undefined ? "duplicate" : "stale" });
  const create = useCreateService();
  const update = useUpdateService();

  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    const callbacks = { onSuccess: onDone, onError: errors.handleError };
    if (offer === undefined) {
      const body = toCreateServiceRequest(chooseOrganisation ? values : { ...values, organisationId: null });
      if (body !== null) create.mutate(body, callbacks);
    } else {
      update.mutate({ id: offer.id, body: toUpdateServiceRequest(values, offer) }, callbacks);
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {chooseOrganisation && (
          <Select
            label={t("services.fields.organisation")}
            data={organisations.options}
            searchable
            allowDeselect={false}
            required
            {...form.getInputProps("organisationId")}
          />
        )}
        <PicklistSelect
          label={t("services.fields.serviceType")}
          values={SERVICE_TYPES}
          labelOf={(value) => t(`protect.serviceTypes.${value}`)}
          required
          clearable={false}
          allowDeselect={false}
          {...form.getInputProps("serviceType")}
        />
        <LanguageCodesSelect
          label={t("services.fields.languages")}
          required
          {...form.getInputProps("languages")}
        />
        <PicklistCheckboxes
          label={t("services.fields.groupsServed")}
          values={GROUPS_SERVED}
          labelOf={(value) => t(`protect.groups.${value}`)}
          columns={3}
          required
          {...form.getInputProps("groupsServed")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t("services.fields.region")}
            description={t("services.regionHelp")}
            required
            {...form.getInputProps("region")}
          />
          <NumberInput
            label={t("services.fields.capacity")}
            description={t("services.capacityHelp")}
            min={0}
            max={100000}
            allowDecimal={false}
            {...form.getInputProps("capacity")}
          />
        </SimpleGrid>
        <Textarea
          label={t("services.fields.description")}
          autosize
          minRows={3}
          {...form.getInputProps("description")}
        />
        {offer !== undefined && (
          <Switch
            label={t("services.fields.active")}
            description={t("services.activeHelp")}
            {...form.getInputProps("active", { type: "checkbox" })}
          />
        )}
        <FormProblemAlert problem={errors.problem} onReload={onReload} />
        <FormActions
          saving={create.isPending || update.isPending}
          onCancel={onCancel}
          submitLabel={offer === undefined ? t("common.create") : t("common.save")}
        />
      </Stack>
    </form>
  );
}
