import { Button, Group, type MantineColor } from "@mantine/core";
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
  /** The submit button's colour, such as red for a step that cannot be undone; the theme's unless said. */
  submitColor?: MantineColor | undefined;
  submitDisabled?: boolean | undefined;
  submitTestId?: string | undefined;
}

/** A form's last row, at its right: Cancel (for a form that can be left) and the submit button. */
export function FormActions({
  saving,
  onCancel,
  submitLabel,
  submitIcon,
  submitColor,
  submitDisabled,
  submitTestId,
}: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {onCancel !== undefined && (
        <Button variant="default" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      )}
      <Button
        type="submit"
        leftSection={submitIcon}
        {...(submitColor === undefined ? {} : { color: submitColor })}
        loading={saving}
        disabled={submitDisabled ?? false}
        data-testid={submitTestId}
      >
        {submitLabel ?? t("common.save")}
      </Button>
    </Group>
  );
}
