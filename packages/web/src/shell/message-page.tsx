import { Button, Stack, Text, Title } from "@mantine/core";
import { IconLock, IconMapSearch } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { Framed } from "./framed.tsx";

const MESSAGES = {
  forbidden: { Icon: IconLock, testId: "forbidden" },
  notFound: { Icon: IconMapSearch, testId: "not-found" },
} as const;

/** A whole page that only says why there is nothing here, with a way back home. */
function MessagePage({ kind }: { kind: keyof typeof MESSAGES }) {
  const { t } = useTranslation();
  const { Icon, testId } = MESSAGES[kind];
  useDocumentTitle(t(`shell.${kind}.title`));
  return (
    <Framed>
      <Stack align="flex-start" gap="md" data-testid={testId} py="lg">
        <Icon size={40} aria-hidden />
        <Title order={1} size="h2">
          {t(`shell.${kind}.title`)}
        </Title>
        <Text>{t(`shell.${kind}.body`)}</Text>
        <Button component={Link} to="/" variant="light">
          {t("shell.backHome")}
        </Button>
      </Stack>
    </Framed>
  );
}

/** The 403 page: for a route the session's permissions do not allow, or a 403 from the API. */
export function ForbiddenPage() {
  return <MessagePage kind="forbidden" />;
}

/** The 404 page: for an unknown address, or a 404 from the API. */
export function NotFoundPage() {
  return <MessagePage kind="notFound" />;
}
