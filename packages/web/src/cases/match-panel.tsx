import { Alert, Anchor, Badge, Checkbox, Group, List, Stack, Text } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { CaseMatch } from "../api/types.ts";

interface MatchPanelProps {
  matches: readonly CaseMatch[];
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
}

/**
 * What the search before create found. A case the user may read links to it; a case at
 * another organisation shows only whom to contact, never the case itself.
 */
export function MatchPanel({ matches, confirmed, onConfirmedChange }: MatchPanelProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconUsers aria-hidden />}
      title={t("cases.open.matchesTitle", { count: matches.length })}
      data-testid="case-matches"
    >
      <Stack gap="sm">
        <Text size="sm">{t("cases.open.matchesIntro")}</Text>
        <List spacing="xs" size="sm">
          {matches.map((match, index) => (
            <List.Item key={match.caseId ?? `${match.organisation.id}-${String(index)}`}>
              <Stack gap={2}>
                {match.caseId !== null && match.reference !== null ? (
                  <Text size="sm">
                    {t("cases.open.matchInScope", { organisation: match.organisation.name })}{" "}
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/cases/$id" params={{ id: match.caseId }} />
                      )}
                      ff="monospace"
                      fw={600}
                    >
                      {match.reference}
                    </Anchor>
                  </Text>
                ) : (
                  <Text size="sm" data-testid="match-elsewhere">
                    {match.organisation.phone === null
                      ? t("cases.open.matchElsewhereNoPhone", { organisation: match.organisation.name })
                      : t("cases.open.matchElsewhere", {
                          organisation: match.organisation.name,
                          phone: match.organisation.phone,
                        })}
                  </Text>
                )}
                <Group gap={4}>
                  {match.kinds.map((kind) => (
                    <Badge key={kind} size="sm" variant="light" color="gray">
                      {t(`protect.matchKinds.${kind}`)}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            </List.Item>
          ))}
        </List>
        <Checkbox
          label={t("cases.open.confirmNoMatch")}
          description={t("cases.open.confirmNoMatchHelp")}
          checked={confirmed}
          onChange={(event) => {
            onConfirmedChange(event.currentTarget.checked);
          }}
          data-testid="confirm-no-match"
        />
      </Stack>
    </Alert>
  );
}
