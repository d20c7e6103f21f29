import { Badge, Group, List, Text, ThemeIcon } from "@mantine/core";
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconHelpCircle,
  IconInfoCircle,
  IconMinus,
} from "@tabler/icons-react";
import type { ExplanationItem, OutcomeLevel, ScreeningDecision } from "@ariadne/domain";
import { useTranslation } from "react-i18next";
import type { CatalogueNames } from "./decision-text.ts";
import { dimensionName, dimensionRuleText, explanationText } from "./decision-text.ts";

/** Theme colours of the levels; the theme darkens their light variants to reach 4.5:1. */
export const LEVEL_COLORS: Record<OutcomeLevel, "red" | "orange" | "gray"> = {
  presumed_victim: "red",
  possible_victim: "orange",
  no_indication: "gray",
};

export const LEVEL_ICONS = {
  presumed_victim: IconAlertTriangle,
  possible_victim: IconHelpCircle,
  no_indication: IconInfoCircle,
} as const satisfies Record<OutcomeLevel, unknown>;

/** The explanation codes that say the rules or grades used are not verified against the source. */
const UNVERIFIED_CODES: readonly ExplanationItem["code"][] = [
  "rules_unverified",
  "set_grades_unverified",
  "indicator_grade_unverified",
];

export function unverifiedItems(decision: ScreeningDecision): ExplanationItem[] {
  return decision.explanation.filter((item) => UNVERIFIED_CODES.includes(item.code));
}

/** Every reason the engine gave, in its order, in words. */
export function ExplanationList({ decision, names }: { decision: ScreeningDecision; names: CatalogueNames }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={4}>
      {decision.explanation.map((item, index) => (
        <List.Item key={`${item.code}-${String(index)}`}>{explanationText(t, item, names)}</List.Item>
      ))}
    </List>
  );
}

/**
 * Each dimension: positive or not, the rule alternative that matched, present and unknown
 * counts. A list rather than a table: long dimension names wrap on a phone instead of scrolling.
 */
export function DimensionResults({ decision }: { decision: ScreeningDecision }) {
  const { t } = useTranslation();
  return (
    <List listStyleType="none" spacing="xs" data-testid="dimension-results">
      {decision.dimensions.map((dimension) => (
        <List.Item key={dimension.dimension} data-positive={dimension.positive}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <ThemeIcon
              size="sm"
              color={dimension.positive ? "red" : "gray"}
              variant="light"
              aria-hidden
              mt={2}
            >
              {dimension.positive ? <IconCircleCheck size={14} /> : <IconMinus size={14} />}
            </ThemeIcon>
            <div>
              <Text size="sm" fw={600}>
                {dimensionName(t, dimension.dimension)}
              </Text>
              <Text size="sm">
                {dimension.positive
                  ? t("identify.result.positive", { rule: dimensionRuleText(t, dimension.ruleMatched ?? "") })
                  : dimension.couldBePositive
                    ? t("identify.result.couldBePositive")
                    : t("identify.result.notPositive")}
              </Text>
              <Text size="xs" c="dimmed">
                {t("identify.result.counts", {
                  present: dimension.present.length,
                  unknown: dimension.unknown.length,
                })}
              </Text>
            </div>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** A badge whose text wraps instead of being cut off on a narrow screen. */
export const WRAPPING_BADGE = {
  root: { height: "auto", paddingBlock: 4, overflow: "visible" },
  label: { whiteSpace: "normal", overflow: "visible" },
} as const;

export function LevelBadge({ level, provisional = false }: { level: OutcomeLevel; provisional?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={LEVEL_COLORS[level]} variant="light" size="lg" tt="none" styles={WRAPPING_BADGE}>
      {provisional
        ? t("identify.level.provisional", { level: t(`identify.level.${level}.short`) })
        : t(`identify.level.${level}.short`)}
    </Badge>
  );
}

/** A level in a list: its icon in the level's colour, and its name. */
export function LevelLabel({ level }: { level: OutcomeLevel }) {
  const { t } = useTranslation();
  const Icon = LEVEL_ICONS[level];
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <ThemeIcon size="sm" color={LEVEL_COLORS[level]} variant="light" aria-hidden>
        <Icon size={14} />
      </ThemeIcon>
      <Text size="sm">{t(`identify.level.${level}.short`)}</Text>
    </Group>
  );
}
