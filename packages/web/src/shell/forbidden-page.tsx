import { Button, Stack, Text, Title } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { Framed } from "./framed.tsx";

/** The 403 page: for a route the session's permissions do not allow, or a 403 from the API. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("shell.forbidden.title"));
  return (
    <Framed>
      <Stack align="flex-start" gap="md" data-testid="forbidden" py="lg">
        <IconLock size={40} aria-hidden />
        <Title order={1} size="h2">
          {t("shell.forbidden.title")}
        </Title>
        <Text>{t("shell.forbidden.body")}</Text>
        <Button component={Link} to="/" variant="light">
          {t("shell.backHome")}
        </Button>
      </Stack>
    </Framed>
  );
}
