import { Button, Group, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";

interface AdminSectionHeaderProps {
  title: string;
  createLabel: string;
  onCreate: () => void;
}

/** An administration section's heading, with the button that creates a new record in it. */
export function AdminSectionHeader({ title, createLabel, onCreate }: AdminSectionHeaderProps) {
  return (
    <Group justify="space-between" mb="md">
      <Title order={2} size="h3">
        {title}
      </Title>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onCreate}>
        {createLabel}
      </Button>
    </Group>
  );
}
