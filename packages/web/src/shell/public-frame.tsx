import { Box, Container, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { FrameContext } from "./frame-context.ts";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { SkipLink } from "./skip-link.tsx";

/** The frame of the pages outside the app (setup, sign-in stages, errors without a session). */
export function PublicFrame({ children }: { children: ReactNode }) {
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
          <LanguageSwitcher />
        </Group>
      </Box>
      <Container component="main" id="main-content" tabIndex={-1} size={560} py="xl" px="md">
        {children}
      </Container>
    </FrameContext.Provider>
  );
}
