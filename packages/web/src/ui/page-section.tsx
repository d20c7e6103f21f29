import { Paper, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface PageSectionProps {
  title: string;
  /** A line under the title saying what the section is for. */
  description?: string | undefined;
  testId?: string | undefined;
  children: ReactNode;
}

/** A titled, framed part of a page (a level-2 heading under the page's title). */
export function PageSection({ title, description, testId, children }: PageSectionProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid={testId}>
      <Title order={2} size="h4" mb={description === undefined ? "sm" : 4}>
        {title}
      </Title>
      {description !== undefined && (
        <Text size="sm" c="dimmed" mb="sm">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}
