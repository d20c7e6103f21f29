import { Button, Group, type PasswordInputProps } from "@mantine/core";
import { IconWand } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PasswordField } from "../forms/password-field.tsx";
import { generatePassword } from "./generate-password.ts";

interface InitialPasswordFieldProps extends Omit<PasswordInputProps, "visible" | "onVisibilityChange"> {
  /** Receives a generated password, to put into the form. */
  onGenerate: (password: string) => void;
}

/**
 * An initial password, which the user must change at their next sign-in, with a button that
 * generates one and shows it so that it can be handed over.
 */
export function InitialPasswordField({ onGenerate, ...props }: InitialPasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <PasswordField
        required
        autoComplete="new-password"
        style={{ flex: 1 }}
        visible={visible}
        onVisibilityChange={setVisible}
        {...props}
      />
      <Button
        variant="light"
        leftSection={<IconWand size={16} aria-hidden />}
        onClick={() => {
          onGenerate(generatePassword());
          setVisible(true);
        }}
      >
        {t("users.generatePassword")}
      </Button>
    </Group>
  );
}
