import { Button, Checkbox, Fieldset, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import type { SetupRequest } from "../api/types.ts";
import type { OrganisationType } from "../api/vocabulary.ts";
import { useContinueSignIn } from "../auth/use-continue-sign-in.ts";
import { CountrySelect } from "../forms/country-select.tsx";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { PasswordField } from "../forms/password-field.tsx";
import { OrganisationTypeSelect } from "../forms/organisation-type-select.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";

interface SetupValues {
  token: string;
  organisation: { org_Name: string; org_Type: OrganisationType | null; org_ShippingCountry: string | null };
  administrator: { fullName: string; email: string; password: string; confirmPassword: string };
  loadDemoData: boolean;
}

/** The first organisation and its administrator. Field paths mirror the request body. */
export function SetupForm({ initialToken }: { initialToken: string }) {
  const { t } = useTranslation();
  const continueSignIn = useContinueSignIn();
  const form = useForm<SetupValues>({
    initialValues: {
      token: initialToken,
      organisation: { org_Name: "", org_Type: null, org_ShippingCountry: null },
      administrator: { fullName: "", email: "", password: "", confirmPassword: "" },
      loadDemoData: false,
    },
    validate: {
      token: (value) => (value.trim() === "" ? t("forms.required") : null),
      organisation: {
        org_Name: (value) => (value.trim() === "" ? t("forms.required") : null),
        org_Type: (value) => (value === null ? t("forms.required") : null),
      },
      administrator: {
        fullName: (value) => (value.trim() === "" ? t("forms.required") : null),
        email: (value) => (value.trim() === "" ? t("forms.required") : null),
        password: (value) => (value === "" ? t("forms.required") : null),
        confirmPassword: (value, values) =>
          value !== values.administrator.password ? t("forms.passwordsDiffer") : null,
      },
    },
  });
  const errors = useServerErrors(form, { conflict: "duplicate" });
  const setup = useMutation({
    mutationFn: api.setup,
    onSuccess: (session) => {
      continueSignIn(session, undefined);
    },
    onError: errors.handleError,
  });

  const submit = form.onSubmit((values) => {
    const { org_Type: type, org_ShippingCountry: country } = values.organisation;
    if (type === null) return;
    const body: SetupRequest = {
      token: values.token.trim(),
      organisation: {
        org_Name: values.organisation.org_Name.trim(),
        org_Type: type,
        ...(country === null || country === "" ? {} : { org_ShippingCountry: country }),
      },
      administrator: {
        fullName: values.administrator.fullName.trim(),
        email: values.administrator.email.trim(),
        password: values.administrator.password,
      },
      loadDemoData: values.loadDemoData,
    };
    errors.clearProblem();
    setup.mutate(body);
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="lg">
        <TextInput
          label={t("setup.token")}
          description={t("setup.tokenHelp")}
          autoComplete="off"
          spellCheck={false}
          required
          {...form.getInputProps("token")}
        />
        <Fieldset legend={t("setup.organisationLegend")}>
          <Stack>
            <TextInput
              label={t("organisations.fields.name")}
              required
              autoComplete="organization"
              {...form.getInputProps("organisation.org_Name")}
            />
            <OrganisationTypeSelect
              label={t("organisations.fields.type")}
              required
              {...form.getInputProps("organisation.org_Type")}
            />
            <CountrySelect
              label={t("organisations.fields.country")}
              {...form.getInputProps("organisation.org_ShippingCountry")}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t("setup.administratorLegend")}>
          <Stack>
            <TextInput
              label={t("users.fields.fullName")}
              required
              autoComplete="name"
              {...form.getInputProps("administrator.fullName")}
            />
            <TextInput
              label={t("users.fields.email")}
              type="email"
              required
              autoComplete="username"
              {...form.getInputProps("administrator.email")}
            />
            <PasswordField
              label={t("auth.fields.password")}
              description={t("forms.passwordRules")}
              required
              autoComplete="new-password"
              {...form.getInputProps("administrator.password")}
            />
            <PasswordField
              label={t("auth.fields.confirmPassword")}
              required
              autoComplete="new-password"
              {...form.getInputProps("administrator.confirmPassword")}
            />
          </Stack>
        </Fieldset>
        <Checkbox
          label={t("setup.loadDemoData")}
          description={t("setup.loadDemoDataHelp")}
          {...form.getInputProps("loadDemoData", { type: "checkbox" })}
        />
        <FormProblemAlert problem={errors.problem} />
        <Button type="submit" loading={setup.isPending}>
          {t("setup.submit")}
        </Button>
      </Stack>
    </form>
  );
}
