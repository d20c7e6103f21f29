import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ReferralStatus } from "../api/protect-vocabulary.ts";
import type { Referral } from "../api/types.ts";
import { useFormatters } from "../i18n/use-formatters.ts";

const STATUS_COLORS: Record<ReferralStatus, string> = {
  pending: "yellow",
  accepted: "teal",
  declined: "gray",
  revoked: "red",
  consent_withdrawn: "red",
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {t(`protect.referralStatuses.${status}`)}
    </Badge>
  );
}

interface ReferralCardProps {
  referral: Referral;
  /** Whether the case's reference links to the case (the reader may open it). */
  linkToCase: boolean;
  actions?: ReactNode;
}

/** One referral: who to whom, for which service, what is shared, and where it stands. */
export function ReferralCard({ referral, linkToCase, actions }: ReferralCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="referral" data-status={referral.status}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            {linkToCase ? (
              <Anchor
                renderRoot={(props) => <Link {...props} to="/cases/$id" params={{ id: referral.caseId }} />}
                ff="monospace"
                fw={600}
              >
                {referral.reference}
              </Anchor>
            ) : (
              <Text ff="monospace" fw={600}>
                {referral.reference}
              </Text>
            )}
            <ReferralStatusBadge status={referral.status} />
            {referral.bestInterestsOverride && (
              <Badge variant="light" color="orange">
                {t("referrals.bestInterests")}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {format.dateTime(referral.createdAt)}
          </Text>
        </Group>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={500}>
            {referral.from.name}
          </Text>
          <IconArrowRight size={14} aria-label={t("referrals.to")} />
          <Text size="sm" fw={500}>
            {referral.to.name}
          </Text>
          <Text size="sm" c="dimmed">
            · {t(`protect.serviceTypes.${referral.serviceType}`)}
          </Text>
        </Group>
        <Group gap={4} aria-label={t("referrals.sharedParts")}>
          <Text size="xs" c="dimmed" mr={4}>
            {t("referrals.sharedParts")}:
          </Text>
          {referral.parts.length === 0 ? (
            <Text size="xs">{t("referrals.summaryOnly")}</Text>
          ) : (
            referral.parts.map((part) => (
              <Badge key={part} size="sm" variant="outline" color="gray">
                {t(`protect.parts.${part}`)}
              </Badge>
            ))
          )}
        </Group>
        {referral.message !== null && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            <Text span fw={500}>
              {t("referrals.message")}:{" "}
            </Text>
            {referral.message}
          </Text>
        )}
        {referral.bestInterestsReason !== null && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            <Text span fw={500}>
              {t("referrals.bestInterestsReason")}:{" "}
            </Text>
            {referral.bestInterestsReason}
          </Text>
        )}
        {referral.responseNote !== null && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            <Text span fw={500}>
              {t("referrals.responseNote")}:{" "}
            </Text>
            {referral.responseNote}
          </Text>
        )}
        {actions !== undefined && <Group gap="xs">{actions}</Group>}
      </Stack>
    </Paper>
  );
}
