import { Alert, Button, Stack, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../api/error-message.ts";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { Framed } from "./framed.tsx";
import { ForbiddenPage, NotFoundPage } from "./message-page.tsx";

/** Any error a page throws: 403 and 404 get their pages, the rest an explanation and a retry. */
export function RouteErrorPage({ error, reset }: { error: unknown; reset?: () => void }) {
  if (isApiError(error) && error.status === 403) return <ForbiddenPage />;
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  return <UnexpectedError error={error} {...(reset === undefined ? {} : { reset })} />;
}

function UnexpectedError({ error, reset }: { error: unknown; reset?: () => void }) {
  const { t } = useTranslation();
  const router = useRouter();
  useDocumentTitle(t("shell.error.title"));
  return (
    <Framed>
      <Stack align="flex-start" py="lg">
        <Title order={1} size="h2">
          {t("shell.error.title")}
        </Title>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" w="100%">
          {errorMessage(error, t)}
        </Alert>
        <Button
          variant="light"
          onClick={() => {
            // Run the route's guards and loaders again, not just re-render the failed page.
            reset?.();
            void router.invalidate();
          }}
        >
          {t("common.tryAgain")}
        </Button>
      </Stack>
    </Framed>
  );
}
