import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * Mantine's PasswordInput with a translated name on its show/hide button, and `aria-invalid`
 * on the input when it has an error (Mantine marks it only with `data-invalid`).
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  const invalid = props.error !== undefined && props.error !== null && props.error !== false;
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ "aria-label": t("forms.togglePasswordVisibility") }}
      aria-invalid={invalid}
      {...props}
    />
  );
}
