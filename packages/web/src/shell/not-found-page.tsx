import { Button, Stack, Text, Title } from "@mantine/core";
import { IconMapSearch } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { Framed } from "./framed.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("shell.notFound.title"));
  return (
    <Framed>
      <Stack align="flex-start" gap="md" data-testid="not-found" py="lg">
        <IconMapSearch size={40} aria-hidden />
        <Title order={1} size="h2">
          {t("shell.notFound.title")}
        </Title>
        <Text>{t("shell.notFound.body")}</Text>
        <Button component={Link} to="/" variant="light">
          {t("shell.backHome")}
        </Button>
      </Stack>
    </Framed>
  );
}
