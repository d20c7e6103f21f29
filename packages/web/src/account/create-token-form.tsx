import { Alert, Button, Group, NumberInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CreatedToken } from "../api/types.ts";
import { PERMISSIONS, isPermission } from "../api/vocabulary.ts";
import { useSession } from "../auth/session-context.tsx";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { PermissionCheckboxes } from "../forms/permission-checkboxes.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { CopyValue } from "../ui/copy-value.tsx";
import { FormActions } from "../ui/form-actions.tsx";
import { useCreateToken } from "./token-queries.ts";

interface TokenFormValues {
  name: string;
  permissions: string[];
  expiresInDays: number | string;
}

/** Creates a personal API token with a subset of the user's own permissions; shows it once. */
export function CreateTokenForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  // Known permissions first in their usual order, then any the server added.
  const own = [
    ...PERMISSIONS.filter((key) => user.permissions.includes(key)),
    ...user.permissions.filter((key) => !isPermission(key)),
  ];
  const form = useForm<TokenFormValues>({
    initialValues: { name: "", permissions: [], expiresInDays: 90 },
    validate: {
      name: (value) => (value.trim() === "" ? t("forms.required") : null),
      permissions: (value) => (value.length === 0 ? t("account.tokens.choosePermission") : null),
      expiresInDays: (value) => (typeof value === "number" ? null : t("forms.required")),
    },
  });
  const errors = useServerErrors(form, { conflict: "duplicate" });
  const create = useCreateToken();

  if (created !== null) {
    return (
      <Stack>
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t("account.tokens.showOnce")}
        </Alert>
        <CopyValue value={created.token} label={t("account.tokens.token")} />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t("common.done")}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        if (typeof values.expiresInDays !== "number") return;
        errors.clearProblem();
        create.mutate(
          { name: values.name.trim(), permissions: values.permissions, expiresInDays: values.expiresInDays },
          { onSuccess: setCreated, onError: errors.handleError },
        );
      })}
    >
      <Stack>
        <TextInput
          label={t("account.tokens.name")}
          description={t("account.tokens.nameHelp")}
          required
          {...form.getInputProps("name")}
        />
        <NumberInput
          label={t("account.tokens.expiresInDays")}
          min={1}
          max={365}
          clampBehavior="strict"
          allowDecimal={false}
          required
          {...form.getInputProps("expiresInDays")}
        />
        <PermissionCheckboxes
          legend={t("account.tokens.permissions")}
          description={t("account.tokens.permissionsHelp")}
          available={own}
          value={form.values.permissions}
          onChange={(value) => {
            form.setFieldValue("permissions", value);
          }}
          error={typeof form.errors.permissions === "string" ? form.errors.permissions : undefined}
        />
        <FormProblemAlert problem={errors.problem} />
        <FormActions saving={create.isPending} onCancel={onClose} submitLabel={t("account.tokens.create")} />
      </Stack>
    </form>
  );
}
