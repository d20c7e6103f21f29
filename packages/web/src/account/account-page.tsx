import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { ApiTokensCard } from "./api-tokens-card.tsx";
import { ChangePasswordCard } from "./change-password-card.tsx";
import { MyDetailsCard } from "./my-details-card.tsx";
import { SignOutEverywhereCard } from "./sign-out-everywhere-card.tsx";

export function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <PageHeader title={t("account.title")} />
      <Stack gap="lg" maw={960}>
        <MyDetailsCard />
        <ChangePasswordCard />
        {hasPermission(session, "token.manage") && <ApiTokensCard />}
        <SignOutEverywhereCard />
      </Stack>
    </>
  );
}
