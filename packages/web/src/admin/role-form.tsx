import { Alert, Button, Group, Radio, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { PermissionInfo, Role } from "../api/types.ts";
import { PERMISSIONS, ROLE_SCOPES } from "../api/vocabulary.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { PermissionCheckboxes } from "../forms/permission-checkboxes.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import {
  toCreateRoleRequest,
  toRoleFormValues,
  toUpdateRoleRequest,
  type RoleFormValues,
} from "./role-form-values.ts";
import { useCreateRole, useUpdateRole } from "./role-queries.ts";

interface RoleFormProps {
  /** Absent to create a new role. Built-in roles are shown read-only. */
  role?: Role;
  permissions: readonly PermissionInfo[];
  onDone: (role: Role) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function RoleForm({ role, permissions, onDone, onCancel, onReload }: RoleFormProps) {
  const { t } = useTranslation();
  const readOnly = role?.builtIn === true;
  const form = useForm<RoleFormValues>({
    initialValues: toRoleFormValues(role),
    validate: {
      key: (value) => (role === undefined && value.trim() === "" ? t("forms.required") : null),
      name: (value) => (value.trim() === "" ? t("forms.required") : null),
    },
  });
  const errors = useServerErrors(form, { conflict: role === undefined ? "duplicate" : "stale" });
  const create = useCreateRole();
  const update = useUpdateRole();
  // The server's list is authoritative; fall back to the known list if it could not be read.
  const available =
    permissions.length > 0 ? permissions.map((permission) => permission.key) : [...PERMISSIONS];
  const info = new Map(permissions.map((permission) => [permission.key, permission]));

  const submit = form.onSubmit((values) => {
    if (readOnly) return;
    errors.clearProblem();
    const callbacks = { onSuccess: onDone, onError: errors.handleError };
    if (role === undefined) create.mutate(toCreateRoleRequest(values), callbacks);
    else update.mutate({ id: role.id, body: toUpdateRoleRequest(values, role) }, callbacks);
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {readOnly && (
          <Alert variant="light" color="gray" icon={<IconLock aria-hidden />}>
            {t("roles.builtInReadOnly")}
          </Alert>
        )}
        <TextInput
          label={t("roles.fields.key")}
          description={role === undefined ? t("roles.keyHelp") : undefined}
          required={role === undefined}
          readOnly={role !== undefined}
          spellCheck={false}
          {...form.getInputProps("key")}
        />
        <TextInput
          label={t("roles.fields.name")}
          required
          readOnly={readOnly}
          {...form.getInputProps("name")}
        />
        <Radio.Group label={t("roles.fields.scope")} required {...form.getInputProps("scope")}>
          <Stack gap="xs" mt="xs">
            {ROLE_SCOPES.map((scope) => (
              <Radio
                key={scope}
                value={scope}
                disabled={readOnly}
                label={t(`roles.scopes.${scope}.label`)}
                description={t(`roles.scopes.${scope}.description`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <PermissionCheckboxes
          legend={t("roles.fields.permissions")}
          description={t("roles.permissionsHelp")}
          available={available}
          value={form.values.permissions}
          onChange={(value) => {
            form.setFieldValue("permissions", value);
          }}
          info={info}
          readOnly={readOnly}
          error={typeof form.errors.permissions === "string" ? form.errors.permissions : undefined}
        />
        <FormProblemAlert problem={errors.problem} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {readOnly ? t("common.close") : t("common.cancel")}
          </Button>
          {!readOnly && (
            <Button type="submit" loading={create.isPending || update.isPending}>
              {role === undefined ? t("common.create") : t("common.save")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
