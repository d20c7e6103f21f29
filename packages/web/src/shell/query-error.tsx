import { Alert, Button, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error.ts";
import { errorMessage } from "../api/error-message.ts";
import { ForbiddenPage } from "./message-page.tsx";

/** A failed load inside a page: the 403 page when the server refuses, else a message and retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403) return <ForbiddenPage />;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="xs" align="flex-start">
        {errorMessage(error, t)}
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          {t("common.tryAgain")}
        </Button>
      </Stack>
    </Alert>
  );
}
