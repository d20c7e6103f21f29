import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconFolderPlus, IconUserSearch } from "@tabler/icons-react";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error.ts";
import type { CaseMatch } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { CountrySelect } from "../forms/country-select.tsx";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { useScreening, useScreeningList } from "../identify/screening-queries.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { notifySuccess } from "../ui/notify.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { PageSection } from "../ui/page-section.tsx";
import { searchKey, toSearchRequest } from "./case-form-values.ts";
import { useOpenCase, useSearchBeforeCreate } from "./case-queries.ts";
import { localIsoDay } from "./local-day.ts";
import { MatchPanel } from "./match-panel.tsx";
import { emptyOpenCaseValues, toOpenCaseRequest, type OpenCaseFormValues } from "./open-case-values.ts";
import { ConsentInputs } from "./consent-inputs.tsx";
import { ContactInputs, IdentityInputs } from "./person-inputs.tsx";
import { VictimInputs } from "./victim-inputs.tsx";

/** What the search before create found for the person as typed when it ran. */
interface MatchCheck {
  key: string;
  matches: CaseMatch[];
}

/**
 * `/cases/new`: open a case, optionally from a completed screening. The person is searched
 * for first; a possible existing record is shown, and a new case opens only once the user
 * says it is someone else.
 */
export function OpenCasePage({ screeningId }: { screeningId: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = localIsoDay();
  const form = useForm<OpenCaseFormValues>({
    initialValues: emptyOpenCaseValues(today, screeningId ?? null),
    validate: {
      consent: {
        purposes: (value, values) =>
          values.recordConsent && value.length === 0 ? t("cases.consent.purposeRequired") : null,
        givenOn: (value, values) => (values.recordConsent && value === "" ? t("forms.required") : null),
      },
    },
  });
  const errors = useServerErrors(form, { conflict: "duplicate" });
  const search = useSearchBeforeCreate();
  const open = useOpenCase();
  const [check, setCheck] = useState<MatchCheck | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const current = check !== null && check.key === searchKey(form.values.person) ? check : null;

  const runSearch = (values: OpenCaseFormValues, then?: (matches: CaseMatch[]) => void) => {
    const key = searchKey(values.person);
    search.mutate(toSearchRequest(values.person), {
      onSuccess: ({ matches }) => {
        setCheck({ key, matches });
        setConfirmed(false);
        then?.(matches);
      },
      onError: errors.handleError,
    });
  };

  const create = (values: OpenCaseFormValues, confirmNoMatch: boolean) => {
    open.mutate(toOpenCaseRequest(values, confirmNoMatch), {
      onSuccess: (opened) => {
        notifySuccess(t("cases.open.opened", { reference: opened.reference }));
        void navigate({ to: "/cases/$id", params: { id: opened.id } });
      },
      onError: (error) => {
        // Someone opened a matching case meanwhile: show it instead of failing.
        if (isApiError(error, "conflict")) runSearch(values);
        else errors.handleError(error);
      },
    });
  };

  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    if (current === null) {
      runSearch(values, (matches) => {
        if (matches.length === 0) create(values, false);
      });
      return;
    }
    if (current.matches.length > 0 && !confirmed) return;
    create(values, current.matches.length > 0);
  });

  const waitingForConfirmation = current !== null && current.matches.length > 0 && !confirmed;

  return (
    <>
      <PageHeader title={t("cases.open.title")} description={t("cases.open.intro")} />
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <LinkedScreening
            screeningId={form.values.screeningId}
            onChange={(id) => {
              form.setFieldValue("screeningId", id);
            }}
          />
          <PageSection title={t("cases.open.personTitle")} description={t("cases.open.personHelp")}>
            <Stack gap="sm">
              <IdentityInputs form={form} />
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconUserSearch size={18} aria-hidden />}
                  loading={search.isPending}
                  onClick={() => {
                    errors.clearProblem();
                    runSearch(form.getValues());
                  }}
                  data-testid="search-before-create"
                >
                  {t("cases.open.checkExisting")}
                </Button>
                {current !== null && current.matches.length === 0 && (
                  <Text size="sm" c="teal.9" role="status" data-testid="no-matches">
                    {t("cases.open.noMatches")}
                  </Text>
                )}
              </Group>
            </Stack>
          </PageSection>
          <PageSection title={t("cases.open.contactTitle")}>
            <ContactInputs form={form} />
          </PageSection>
          <PageSection title={t("cases.open.victimTitle")} description={t("cases.open.victimHelp")}>
            <VictimInputs form={form} />
          </PageSection>
          <PageSection title={t("cases.open.caseTitle")}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                type="date"
                label={t("cases.fields.registeredOn")}
                {...form.getInputProps("registeredOn")}
              />
              <CountrySelect
                label={t("cases.fields.nrmCountry")}
                description={t("cases.open.nrmCountryHelp")}
                {...form.getInputProps("nrmCountry")}
              />
            </SimpleGrid>
          </PageSection>
          <PageSection title={t("cases.consent.title")} description={t("cases.consent.intro")}>
            <Stack gap="sm">
              <Checkbox
                label={t("cases.open.recordConsent")}
                {...form.getInputProps("recordConsent", { type: "checkbox" })}
                data-testid="record-consent"
              />
              {form.values.recordConsent && <ConsentInputs form={form} />}
            </Stack>
          </PageSection>
          {current !== null && current.matches.length > 0 && (
            <MatchPanel matches={current.matches} confirmed={confirmed} onConfirmedChange={setConfirmed} />
          )}
          <FormProblemAlert problem={errors.problem} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/cases">
              {t("common.cancel")}
            </Button>
            <Button
              type="submit"
              leftSection={<IconFolderPlus size={18} aria-hidden />}
              loading={open.isPending || search.isPending}
              disabled={waitingForConfirmation}
              data-testid="submit-open-case"
            >
              {current !== null && current.matches.length > 0
                ? t("cases.open.submitNew")
                : t("cases.open.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

/** The completed screening the case comes from: shown when given, else chosen from the list. */
function LinkedScreening({
  screeningId,
  onChange,
}: {
  screeningId: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  if (!hasPermission(session, "screening.read")) return null;
  return (
    <PageSection title={t("cases.open.screeningTitle")} description={t("cases.open.screeningHelp")}>
      {screeningId === null ? (
        <ScreeningPicker onChange={onChange} />
      ) : (
        <ScreeningSummary id={screeningId} onRemove={() => onChange(null)} />
      )}
    </PageSection>
  );
}

function ScreeningSummary({ id, onRemove }: { id: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const screening = useScreening(id);
  const outcome = screening.data?.outcome ?? null;
  return (
    <Stack gap="xs" align="flex-start" data-testid="linked-screening">
      {screening.isError ? (
        <Alert color="red" variant="light">
          {t("cases.open.screeningUnavailable")}
        </Alert>
      ) : screening.data !== undefined && outcome === null ? (
        <Alert color="yellow" variant="light">
          {t("cases.open.screeningNotCompleted")}
        </Alert>
      ) : (
        <Text size="sm">
          {screening.data === undefined || outcome === null
            ? t("common.loading")
            : t("cases.open.screeningLinked", {
                date: format.dateTime(screening.data.completedAt),
                level: t(`identify.level.${outcome.level}.title`),
              })}{" "}
          <Anchor
            renderRoot={(props) => <Link {...props} to="/identify/screenings/$id/result" params={{ id }} />}
          >
            {t("cases.open.viewScreening")}
          </Anchor>
        </Text>
      )}
      <Button size="xs" variant="subtle" onClick={onRemove}>
        {t("cases.open.unlinkScreening")}
      </Button>
    </Stack>
  );
}

function ScreeningPicker({ onChange }: { onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const completed = useScreeningList({ status: "completed" });
  const options = (completed.data?.items ?? []).map((item) => ({
    value: item.id,
    label: `${format.dateTime(item.completedAt)} · ${
      item.level === null ? "" : t(`identify.level.${item.level}.title`)
    }`,
  }));
  return (
    <Select
      label={t("cases.open.screeningPick")}
      placeholder={completed.isPending ? t("common.loading") : t("cases.open.noScreening")}
      data={options}
      value={null}
      onChange={onChange}
      clearable
      searchable
      w={{ base: "100%", sm: 420 }}
    />
  );
}
