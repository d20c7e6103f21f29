import { Button, Collapse, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { decide, type Catalogue } from "@ariadne/domain";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useCatalogueNames } from "./catalogue-names.ts";
import { ExplanationList, LevelBadge } from "./decision-view.tsx";
import type { DraftState } from "./pending-changes.ts";

/**
 * The assessment so far, computed on this device by the same engine the server uses, so that
 * it follows every answer even offline. Labelled provisional: the server fixes the result.
 */
export function RunningAssessment({ catalogue, state }: { catalogue: Catalogue; state: DraftState }) {
  const { t } = useTranslation();
  const names = useCatalogueNames(catalogue);
  const [opened, { toggle }] = useDisclosure(false);
  const detailsId = useId();
  const set = state.indicatorSet;
  const decision = useMemo(
    () => (set === null ? null : decide(catalogue, set, state.answers)),
    [catalogue, set, state.answers],
  );
  if (decision === null) return null;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="running-assessment"
      data-print="hide"
      component="section"
      aria-labelledby={`${detailsId}-title`}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h5" id={`${detailsId}-title`}>
            {t("identify.assessment.title")}
          </Title>
          <LevelBadge level={decision.level} provisional />
        </Group>
        <Text size="xs" c="dimmed">
          {t("identify.assessment.provisional")}
        </Text>
        <Group>
          <Button
            variant="subtle"
            h={44}
            px="xs"
            onClick={toggle}
            aria-expanded={opened}
            aria-controls={detailsId}
          >
            {opened ? t("identify.assessment.hideWhy") : t("identify.assessment.showWhy")}
          </Button>
        </Group>
        <Collapse expanded={opened} id={detailsId}>
          <ExplanationList decision={decision} names={names} />
        </Collapse>
      </Stack>
    </Paper>
  );
}
