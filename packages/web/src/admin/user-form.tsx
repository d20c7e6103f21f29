import { Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { User } from "../api/types.ts";
import { useSession } from "../auth/session-context.tsx";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { currentLanguage } from "../i18n/i18n.ts";
import { FormActions } from "../ui/form-actions.tsx";
import { InitialPasswordField } from "./initial-password-field.tsx";
import { LanguageSelect } from "./language-select.tsx";
import { useRoleList } from "./role-queries.ts";
import { useOrganisationOptions } from "./use-organisation-options.ts";
import {
  toCreateUserRequest,
  toUpdateUserRequest,
  toUserFormValues,
  type UserFormValues,
} from "./user-form-values.ts";
import { useCreateUser, useUpdateUser } from "./user-queries.ts";

interface UserFormProps {
  /** Absent to create a new user. */
  user?: User;
  onDone: (user: User) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function UserForm({ user, onDone, onCancel, onReload }: UserFormProps) {
  const { t } = useTranslation();
  const session = useSession();
  const creating = user === undefined;
  const organisations = useOrganisationOptions();
  const roles = useRoleList();
  const form = useForm<UserFormValues>({
    initialValues: toUserFormValues(user, {
      organisationId: session.user.organisationId,
      language: currentLanguage(),
    }),
    validate: {
      email: (value) => (creating && value.trim() === "" ? t("forms.required") : null),
      fullName: (value) => (value.trim() === "" ? t("forms.required") : null),
      organisationId: (value) => (value === null ? t("forms.required") : null),
      roleId: (value) => (value === null ? t("forms.required") : null),
      password: (value) => (creating && value === "" ? t("forms.required") : null),
    },
  });
  const errors = useServerErrors(form, { conflict: creating ? "duplicate" : "stale" });
  const create = useCreateUser();
  const update = useUpdateUser();
  const roleOptions = (roles.data?.items ?? []).map((role) => ({ value: role.id, label: role.name }));

  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    const callbacks = { onSuccess: onDone, onError: errors.handleError };
    if (user === undefined) {
      const body = toCreateUserRequest(values);
      if (body !== null) create.mutate(body, callbacks);
    } else {
      update.mutate({ id: user.id, body: toUpdateUserRequest(values, user) }, callbacks);
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {creating ? (
          <TextInput
            label={t("users.fields.email")}
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps("email")}
          />
        ) : (
          <TextInput
            label={t("users.fields.email")}
            value={user.email}
            readOnly
            description={t("users.emailFixed")}
          />
        )}
        <TextInput
          label={t("users.fields.fullName")}
          required
          autoComplete="off"
          {...form.getInputProps("fullName")}
        />
        <Select
          label={t("users.fields.organisation")}
          data={organisations.options}
          searchable
          required
          allowDeselect={false}
          disabled={organisations.loading}
          {...form.getInputProps("organisationId")}
        />
        <Select
          label={t("users.fields.role")}
          data={roleOptions}
          required
          allowDeselect={false}
          disabled={roles.isPending}
          error={roles.isError ? t("users.rolesUnavailable") : form.errors.roleId}
          {...form.getInputProps("roleId")}
        />
        <LanguageSelect label={t("users.fields.language")} {...form.getInputProps("language")} />
        {creating && (
          <InitialPasswordField
            label={t("users.fields.initialPassword")}
            description={t("users.initialPasswordHelp")}
            onGenerate={(password) => {
              form.setFieldValue("password", password);
            }}
            {...form.getInputProps("password")}
          />
        )}
        <FormProblemAlert problem={errors.problem} onReload={onReload} />
        <FormActions
          saving={create.isPending || update.isPending}
          onCancel={onCancel}
          submitLabel={creating ? t("common.create") : t("common.save")}
        />
      </Stack>
    </form>
  );
}
