import { Alert, Button } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import { AuthCard } from "../auth/auth-card.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { SetupForm } from "./setup-form.tsx";
import { useTokenFromUrl } from "./use-token-from-url.ts";

/** First run: create the first organisation and administrator with the setup token. */
export function SetupPage({ token }: { token: string | undefined }) {
  const { t } = useTranslation();
  const initialToken = useTokenFromUrl(token);
  const status = useQuery({ queryKey: queryKeys.setupStatus, queryFn: api.getSetupStatus });

  return (
    <QueryState query={status}>
      {(data) =>
        data.required ? (
          <AuthCard title={t("setup.title")} intro={t("setup.intro")}>
            <SetupForm initialToken={initialToken} />
          </AuthCard>
        ) : (
          <AuthCard title={t("setup.doneTitle")}>
            <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />}>
              {t("setup.doneBody")}
            </Alert>
            <Button component={Link} to="/sign-in">
              {t("setup.goToSignIn")}
            </Button>
          </AuthCard>
        )
      }
    </QueryState>
  );
}
