import { Anchor, AppShell, Burger, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Outlet } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { SessionProvider } from "../auth/session-context.tsx";
import { useSessionState } from "../auth/use-session-state.ts";
import { FrameContext } from "./frame-context.ts";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { NavLinks } from "./nav-links.tsx";
import { SkipLink } from "./skip-link.tsx";
import { UserMenu } from "./user-menu.tsx";

/** The signed-in app: header, navigation by permission, and the page in `<main>`. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const state = useSessionState();
  // The route guard only lets an active session in; this covers the moment it ends.
  if (state.status !== "signed-in") return null;

  return (
    <SessionProvider session={state.session}>
      <FrameContext.Provider value={true}>
        <SkipLink />
        <AppShell
          header={{ height: 56 }}
          navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
          padding="md"
        >
          <AppShell.Header>
            <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="sm" wrap="nowrap">
                <Burger
                  opened={opened}
                  onClick={toggle}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={opened ? t("shell.closeNavigation") : t("shell.openNavigation")}
                  aria-expanded={opened}
                  aria-controls="main-navigation"
                />
                <Anchor
                  component={Link}
                  to="/"
                  fw={700}
                  size="lg"
                  c="var(--mantine-color-text)"
                  underline="never"
                >
                  Ariadne
                </Anchor>
              </Group>
              <Group gap={4} wrap="nowrap">
                <LanguageSwitcher />
                <UserMenu />
              </Group>
            </Group>
          </AppShell.Header>
          <AppShell.Navbar p="sm" id="main-navigation" aria-label={t("shell.mainNavigation")}>
            <NavLinks onNavigate={close} />
          </AppShell.Navbar>
          <AppShell.Main id="main-content" tabIndex={-1}>
            <Outlet />
          </AppShell.Main>
        </AppShell>
      </FrameContext.Provider>
    </SessionProvider>
  );
}
