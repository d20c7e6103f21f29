import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAlertTriangle, IconFolderPlus, IconPrinter } from "@tabler/icons-react";
import type { Catalogue, ScreeningDecision } from "@ariadne/domain";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Screening } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { useFormatters } from "../i18n/use-formatters.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { PageSection } from "../ui/page-section.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { RecordQueryState } from "../ui/record-query-state.tsx";
import { catalogueLanguage, useCatalogueNames } from "./catalogue-names.ts";
import { dimensionName, explanationText, pathwayName, victimRuleText } from "./decision-text.ts";
import {
  DimensionResults,
  ExplanationList,
  LEVEL_COLORS,
  LEVEL_ICONS,
  unverifiedItems,
} from "./decision-view.tsx";
import classes from "./identify.module.css";
import { useScreening, useScreeningCatalogue } from "./screening-queries.ts";

const SAFETY_KEYS = ["dangerNow", "urgentMedical", "possiblyChild", "interpreterNeeded"] as const;

/** `/identify/screenings/$id/result`: the server's fixed outcome, explained, with what to do next. */
export function ResultPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const screening = useScreening(id);
  const catalogue = useScreeningCatalogue(screening.data?.catalogue);
  return (
    <RecordQueryState query={screening}>
      {(loaded) => {
        const outcome = loaded.outcome;
        return outcome === null ? (
          <>
            <PageHeader title={t("identify.result.title")} />
            <Alert color="blue" variant="light" data-testid="result-not-completed">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t("identify.result.notCompleted")}</Text>
                <Button
                  renderRoot={(props) => <Link {...props} to="/identify/screenings/$id" params={{ id }} />}
                  h={44}
                >
                  {t("identify.list.resume")}
                </Button>
              </Stack>
            </Alert>
          </>
        ) : (
          <QueryState query={catalogue}>
            {(loadedCatalogue) => (
              <ScreeningResult screening={loaded} outcome={outcome} catalogue={loadedCatalogue} />
            )}
          </QueryState>
        );
      }}
    </RecordQueryState>
  );
}

function ScreeningResult({
  screening,
  outcome,
  catalogue,
}: {
  screening: Screening;
  outcome: ScreeningDecision;
  catalogue: Catalogue;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const mayOpenCase = hasPermission(useSession(), "case.write");
  const names = useCatalogueNames(catalogue);
  const LevelIcon = LEVEL_ICONS[outcome.level];
  const ruleItem = outcome.explanation.find((item) =>
    ["victim_condition_met", "victim_condition_met_if_unknown_present", "victim_condition_not_met"].includes(
      item.code,
    ),
  );
  const unverified = unverifiedItems(outcome);
  const grades = new Map(
    outcome.dimensions.flatMap((dimension) =>
      dimension.present.map((p) => [p.id, { grade: p.grade, dimension: dimension.dimension }] as const),
    ),
  );
  const forcedLabour = outcome.forcedLabour.map((item) => ({
    ...item,
    label: catalogue.forcedLabourIndicators.find((f) => f.id === item.id)?.label ?? null,
  }));
  const safety = screening.safety;
  const gender = (value: Screening["preferences"]["interviewerGender"]) =>
    value === null ? t("identify.review.notGiven") : t(`identify.preferences.gender.${value}`);

  return (
    <>
      <PageHeader
        title={t("identify.result.title")}
        description={t("identify.result.completedAt", { date: format.dateTime(screening.completedAt) })}
        actions={
          <Button
            variant="default"
            h={44}
            leftSection={<IconPrinter size={18} aria-hidden />}
            onClick={() => {
              window.print();
            }}
            data-print="hide"
          >
            {t("identify.result.print")}
          </Button>
        }
      />
      <Stack gap="md">
        <Paper
          withBorder
          p="md"
          radius="md"
          className={classes.level}
          style={{ "--level-color": `var(--mantine-color-${LEVEL_COLORS[outcome.level]}-9)` }}
          data-testid="result-level"
          data-level={outcome.level}
        >
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon size={40} color={LEVEL_COLORS[outcome.level]} variant="light" aria-hidden>
              <LevelIcon size={26} />
            </ThemeIcon>
            <Stack gap={4}>
              <Title order={2} size="h3">
                {t(`identify.level.${outcome.level}.title`)}
              </Title>
              <Text>{t(`identify.level.${outcome.level}.meaning`)}</Text>
              <Text size="sm" c="dimmed">
                {pathwayName(t, outcome.pathway)} · {names.set(outcome.set)} ·{" "}
                {t("identify.result.catalogue", {
                  id: outcome.catalogue.id,
                  version: outcome.catalogue.version,
                })}
              </Text>
            </Stack>
          </Group>
        </Paper>

        {(safety.dangerNow === "yes" || safety.urgentMedical === "yes") && (
          <Alert
            color="red.9"
            variant="filled"
            icon={<IconAlertTriangle aria-hidden />}
            title={t("identify.steps.safety")}
          >
            {[
              safety.dangerNow === "yes" ? t("identify.danger.dangerNow") : null,
              safety.urgentMedical === "yes" ? t("identify.danger.urgentMedical") : null,
            ]
              .filter((line) => line !== null)
              .join(" ")}
          </Alert>
        )}

        <PageSection title={t("identify.result.nextSteps")} testId="next-steps">
          <List type="ordered" spacing="xs">
            {screening.nextSteps.map((step) => (
              <List.Item key={step}>{t(`identify.nextSteps.${step}`)}</List.Item>
            ))}
          </List>
        </PageSection>

        {unverified.length > 0 && (
          <Alert
            color="yellow"
            variant="light"
            title={t("identify.result.unverifiedTitle")}
            data-testid="result-unverified"
          >
            <Stack gap={4}>
              <Text size="sm">{t("identify.result.unverified")}</Text>
              <List size="sm">
                {unverified.map((item, index) => (
                  <List.Item key={`${item.code}-${String(index)}`}>
                    {explanationText(t, item, names)}
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Alert>
        )}

        <PageSection title={t("identify.result.decidingTitle")} testId="deciding-indicators">
          {outcome.deciding.length === 0 ? (
            <Text size="sm">{t("identify.result.noDeciding")}</Text>
          ) : (
            <List spacing={4}>
              {outcome.deciding.map((id) => {
                const info = grades.get(id);
                return (
                  <List.Item key={id}>
                    <Text span fw={500}>
                      {names.indicator(id)}
                    </Text>
                    {info !== undefined && (
                      <Text span size="sm" c="dimmed">
                        {" "}
                        — {dimensionName(t, info.dimension)}, {t(`identify.grades.${info.grade}`)}
                      </Text>
                    )}
                  </List.Item>
                );
              })}
            </List>
          )}
        </PageSection>

        <PageSection title={t("identify.result.ruleTitle")} testId="result-rule">
          <Stack gap="sm">
            <Text size="sm">
              {ruleItem === undefined
                ? t("identify.result.ruleApplied", { rule: victimRuleText(t, outcome.rule) })
                : explanationText(t, ruleItem, names)}
            </Text>
            <DimensionResults decision={outcome} />
            <Text size="sm">
              {t("identify.result.unknownCount", { count: outcome.unknownCount })}{" "}
              {t("identify.result.notAskedCount", { count: outcome.notAskedCount })}
            </Text>
          </Stack>
        </PageSection>

        {forcedLabour.length > 0 && (
          <PageSection title={t("identify.result.forcedLabourTitle")}>
            <List size="sm" spacing={4}>
              {forcedLabour.map((item) => (
                <List.Item key={item.id}>
                  {item.label === null ? item.id : item.label[catalogueLanguage(i18n.language)]}
                </List.Item>
              ))}
            </List>
          </PageSection>
        )}

        <PageSection title={t("identify.result.summaryTitle")}>
          <Stack gap={4}>
            <Text size="sm">
              {t("identify.result.role", { role: t(`identify.roles.${screening.screenerRole}`) })}
            </Text>
            {SAFETY_KEYS.map((key) => (
              <Text size="sm" key={key}>
                {t(`identify.safety.questions.${key}.short`)}:{" "}
                {safety[key] === null ? t("identify.review.notGiven") : t(`identify.triState.${safety[key]}`)}
              </Text>
            ))}
            <Text size="sm">
              {t("identify.preferences.interviewerGender")}: {gender(screening.preferences.interviewerGender)}
            </Text>
            <Text size="sm">
              {t("identify.preferences.interpreterGender")}: {gender(screening.preferences.interpreterGender)}
            </Text>
            <Text size="sm">
              {t("identify.preferences.interpreterLanguage")}:{" "}
              {screening.preferences.interpreterLanguage ?? t("identify.review.notGiven")}
            </Text>
            {screening.safetyConcerns !== null && (
              <Stack gap={2} data-print="hide">
                <Text size="sm" fw={500}>
                  {t("identify.preferences.safetyConcerns")}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {screening.safetyConcerns}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("identify.result.notPrinted")}
                </Text>
              </Stack>
            )}
          </Stack>
        </PageSection>

        <PageSection title={t("identify.result.explanationTitle")}>
          <ExplanationList decision={outcome} names={names} />
        </PageSection>

        <PageSection title={t("identify.result.caseTitle")}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {mayOpenCase ? t("identify.result.caseOpen") : t("identify.result.caseAskCaseWorker")}
            </Text>
            <Text size="sm">
              {t("identify.result.reference")} <code>{screening.id}</code>
            </Text>
            {mayOpenCase && (
              <Button
                renderRoot={(props) => (
                  <Link {...props} to="/cases/new" search={{ screeningId: screening.id }} />
                )}
                h={44}
                leftSection={<IconFolderPlus size={18} aria-hidden />}
                data-print="hide"
                data-testid="open-case-from-screening"
              >
                {t("identify.result.openCase")}
              </Button>
            )}
          </Stack>
        </PageSection>

        <Text size="xs" c="dimmed">
          {t("identify.result.anonymous")}
        </Text>
        <Anchor component={Link} to="/identify" data-print="hide">
          {t("identify.result.backToList")}
        </Anchor>
      </Stack>
    </>
  );
}
