import { Anchor, Box, Container, Group, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FrameContext } from "../shell/frame-context.ts";
import { LanguageSwitcher } from "../shell/language-switcher.tsx";
import { SkipLink } from "../shell/skip-link.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { ReleaseCard } from "./release-card.tsx";
import { PublicReleaseDownloads } from "./release-downloads.tsx";
import { newestFirst } from "./release-parameters.ts";
import { trendOfReleases } from "./stat-data.ts";
import { StatFigures } from "./stat-figures.tsx";
import { usePublicReleases } from "./stat-queries.ts";

/**
 * `/public/statistics`, for anyone, without sign-in: the releases a statistician made public,
 * each with its figures (protected by suppression or differential privacy), what the
 * protection means, and its files. Nothing here is exact; nothing needs a session.
 */
export function PublicStatisticsPage() {
  return (
    <FrameContext.Provider value={true}>
      <SkipLink />
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg">
            Ariadne
          </Text>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <SignInLink />
          </Group>
        </Group>
      </Box>
      <Container component="main" id="main-content" tabIndex={-1} size="lg" py="xl" px="md">
        <PublicReleases />
      </Container>
    </FrameContext.Provider>
  );
}

function SignInLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/sign-in" size="sm">
      {t("statistics.public.signIn")}
    </Anchor>
  );
}

function PublicReleases() {
  const { t } = useTranslation();
  const releases = usePublicReleases();
  return (
    <>
      <PageHeader title={t("statistics.public.title")} description={t("statistics.public.intro")} />
      <QueryState
        query={releases}
        isEmpty={(data) => data.items.length === 0}
        empty={t("statistics.public.none")}
      >
        {(data) => {
          const ordered = newestFirst(data.items);
          const trend = trendOfReleases(data.items);
          return (
            <Stack gap="xl">
              <Text size="sm">{t("statistics.public.howProtected")}</Text>
              {trend.length > 1 && (
                <StatFigures
                  tables={[]}
                  headingOrder={2}
                  trend={{
                    points: trend,
                    protection: null,
                    note: t("statistics.public.trendNote"),
                    title: t("statistics.public.trendTitle"),
                  }}
                />
              )}
              {ordered.map((release, index) => (
                <ReleaseCard
                  key={release.id}
                  release={release}
                  headingOrder={2}
                  showVisibility={false}
                  downloads={<PublicReleaseDownloads release={release} />}
                  initiallyOpen={index === 0}
                />
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
