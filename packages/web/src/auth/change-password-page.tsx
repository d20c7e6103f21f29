import { Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AuthCard } from "./auth-card.tsx";
import { CancelSignInButton } from "./cancel-sign-in-button.tsx";
import { ChangePasswordForm } from "./change-password-form.tsx";
import { useContinueSignIn } from "./use-continue-sign-in.ts";

/** The forced change of an initial or reset password, before the app opens. */
export function ChangePasswordPage({ redirect }: { redirect: string | undefined }) {
  const { t } = useTranslation();
  const continueSignIn = useContinueSignIn();
  return (
    <AuthCard title={t("auth.changePassword.title")} intro={t("auth.changePassword.intro")}>
      <ChangePasswordForm
        submitLabel={t("auth.changePassword.submit")}
        onChanged={(session) => {
          continueSignIn(session, redirect);
        }}
      />
      <Group justify="flex-end">
        <CancelSignInButton />
      </Group>
    </AuthCard>
  );
}
