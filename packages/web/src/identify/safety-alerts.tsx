import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { IconAlertOctagon, IconPhone, IconUserShield } from "@tabler/icons-react";
import type { Safety } from "@ariadne/domain";
import { useTranslation } from "react-i18next";

/**
 * Shown above everything while the person is in danger now or needs urgent care: what to do
 * before any question. `role="alert"` announces it the moment it appears.
 */
export function DangerAlert({ safety }: { safety: Safety }) {
  const { t } = useTranslation();
  const danger = safety.dangerNow === "yes";
  const medical = safety.urgentMedical === "yes";
  if (!danger && !medical) return null;
  return (
    <Alert
      color="red.9"
      variant="filled"
      icon={<IconAlertOctagon aria-hidden />}
      title={t("identify.danger.title")}
      data-testid="danger-alert"
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        {danger && <Text fw={600}>{t("identify.danger.dangerNow")}</Text>}
        {medical && <Text fw={600}>{t("identify.danger.urgentMedical")}</Text>}
        <Button
          component="a"
          href="tel:112"
          color="white"
          variant="white"
          c="red.9"
          leftSection={<IconPhone size={18} aria-hidden />}
          size="md"
        >
          {t("identify.danger.call")}
        </Button>
        <Text size="sm">{t("identify.danger.thenContinue")}</Text>
      </Stack>
    </Alert>
  );
}

/**
 * The child pathway is in force: presumed a minor when age is uncertain, referred to child
 * protection, with a guardian. A status, not an alarm: it is announced politely.
 */
export function ChildPathwayBanner({ safety }: { safety: Safety }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="grape"
      variant="light"
      icon={<IconUserShield aria-hidden />}
      title={t("identify.child.title")}
      data-testid="child-pathway-banner"
      role="status"
    >
      <List size="sm" spacing={4}>
        {safety.possiblyChild === "unknown" && <List.Item>{t("identify.child.presumption")}</List.Item>}
        <List.Item>{t("identify.child.referral")}</List.Item>
        <List.Item>{t("identify.child.guardian")}</List.Item>
        <List.Item>{t("identify.child.rule")}</List.Item>
      </List>
    </Alert>
  );
}
