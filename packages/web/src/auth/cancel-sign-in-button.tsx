import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { signOut } from "./session-lifecycle.ts";

/** Abandons an unfinished sign-in (e.g. the phone with the authenticator is not at hand). */
export function CancelSignInButton() {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      color="gray"
      onClick={() => {
        void signOut();
      }}
    >
      {t("auth.cancelSignIn")}
    </Button>
  );
}
