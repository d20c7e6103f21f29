import { Button, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface FormActionsProps {
  /** The form is being sent: the submit button shows a loader. */
  saving: boolean;
  /** Puts a Cancel button before the submit button. */
  onCancel?: (() => void) | undefined;
  /** The submit button's text; "Save" unless said. */
  submitLabel?: string | undefined;
  submitIcon?: ReactNode;
  submitTestId?: string | undefined;
}

/** A form's last row, at its right: Cancel (for a form that can be left) and the submit button. */
export function FormActions({ saving, onCancel, submitLabel, submitIcon, submitTestId }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {onCancel !== undefined && (
        <Button variant="default" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      )}
      <Button type="submit" leftSection={submitIcon} loading={saving} data-testid={submitTestId}>
        {submitLabel ?? t("common.save")}
      </Button>
    </Group>
  );
}
