import { Badge, Button, Card, Group, SimpleGrid, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session-context.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { useVisibleParts } from "./use-visible-parts.ts";

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const parts = useVisibleParts();
  return (
    <>
      <PageHeader
        title={t("home.greeting", { name: user.fullName })}
        description={t("home.identity", { organisation: user.organisationName, role: user.roleName })}
      />
      <Title order={2} size="h3" mb="sm">
        {t("home.partsHeading")}
      </Title>
      {parts.length === 0 ? (
        <Text>{t("home.noParts")}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {parts.map((part) => (
            <Card key={part.key} withBorder padding="lg" radius="md">
              <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
                <Group gap="xs" wrap="nowrap">
                  <part.icon size={22} aria-hidden />
                  <Title order={3} size="h4">
                    {t(`parts.${part.key}.name`)}
                  </Title>
                </Group>
                {part.coming && (
                  <Badge variant="light" color="gray">
                    {t("home.comingBadge")}
                  </Badge>
                )}
              </Group>
              <Text size="sm" mb="md">
                {t(`parts.${part.key}.summary`)}
              </Text>
              <Button
                component={Link}
                to={part.path}
                variant="light"
                mt="auto"
                aria-label={t("home.openPart", { part: t(`parts.${part.key}.name`) })}
              >
                {t("home.open")}
              </Button>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
