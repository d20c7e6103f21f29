import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useDocumentTitle } from "../ui/use-document-title.ts";

/** The card that holds each sign-in step. */
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <Paper withBorder radius="md" p={{ base: "md", sm: "xl" }}>
      <Stack gap="md">
        <Title order={1} size="h2">
          {title}
        </Title>
        {intro !== undefined && <Text>{intro}</Text>}
        {children}
      </Stack>
    </Paper>
  );
}
