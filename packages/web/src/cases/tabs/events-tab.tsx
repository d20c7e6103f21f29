import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPencil, IconPlus } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { HTE_TYPE } from "../../api/protect-vocabulary.ts";
import type { Case, EventRequest, TraffickingEvent } from "../../api/types.ts";
import { CountrySelect } from "../../forms/country-select.tsx";
import { FormProblemAlert } from "../../forms/form-problem-alert.tsx";
import { PicklistSelect } from "../../forms/picklist-inputs.tsx";
import { useServerErrors } from "../../forms/use-server-errors.ts";
import { countryName } from "../../i18n/country-names.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { AppModal } from "../../ui/app-modal.tsx";
import { LoadingState } from "../../ui/loading-state.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { changedFields } from "../case-form-values.ts";
import { useCasePartMutation } from "../case-queries.ts";
import { EVENT_COLORS } from "../event-colors.ts";
import type { MapEvent } from "../event-map.tsx";
import {
  chronological,
  toEventFormValues,
  toEventRequest,
  type EventFormValues,
} from "../part-form-values.ts";
import { TabSection } from "./tab-section.tsx";

// The map and its country outlines load only when a case has a located event.
const EventMap = lazy(() => import("../event-map.tsx"));

interface TabProps {
  caseView: Case;
  canWrite: boolean;
  onReload: () => void;
}

/** A place as people say it: street, city, region, country. */
function place(event: TraffickingEvent, language: string): string {
  const country =
    event.hte_Country != null && /^[A-Z]{2}$/.test(event.hte_Country)
      ? countryName(event.hte_Country, language)
      : event.hte_Country;
  return [event.hte_Street, event.hte_PostalCode, event.hte_City, event.hte_State, country]
    .filter((part) => part != null && part !== "")
    .join(", ");
}

/** Trafficking events (HTCDS `hte_`): a timeline by date and a map of those with coordinates. */
export function EventsTab({ caseView, canWrite, onReload }: TabProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState<TraffickingEvent | "new" | null>(null);
  const events = chronological(caseView.events ?? []);
  const located: MapEvent[] = events.flatMap((event, index) =>
    event.hte_Latitude != null && event.hte_Longitude != null
      ? [
          {
            number: index + 1,
            lat: event.hte_Latitude,
            lon: event.hte_Longitude,
            type: event.hte_Type ?? null,
          },
        ]
      : [],
  );
  const close = () => {
    setEditing(null);
  };

  return (
    <Stack gap="lg">
      <TabSection
        title={t("cases.events.timeline")}
        actions={
          canWrite && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => {
                setEditing("new");
              }}
            >
              {t("cases.events.add")}
            </Button>
          )
        }
      >
        {events.length === 0 ? (
          <Text c="dimmed">{t("cases.events.empty")}</Text>
        ) : (
          <Stack
            component="ol"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: "none" }}
            data-testid="event-timeline"
          >
            {events.map((event, index) => (
              <Paper
                key={event.id}
                component="li"
                withBorder
                p="sm"
                radius="md"
                style={{ borderLeft: `4px solid ${EVENT_COLORS[event.hte_Type ?? "unknown"]}` }}
              >
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Text fw={700} aria-hidden>
                        {index + 1}.
                      </Text>
                      <Badge variant="light" color="gray">
                        {event.hte_Type == null
                          ? t("cases.events.noType")
                          : t(`htcds.eventType.${event.hte_Type}`)}
                      </Badge>
                      <Text fw={500}>
                        {event.hte_Date == null ? t("cases.events.noDate") : format.date(event.hte_Date)}
                      </Text>
                    </Group>
                    {place(event, i18n.language) !== "" && (
                      <Text size="sm">{place(event, i18n.language)}</Text>
                    )}
                    {event.hte_Latitude != null && event.hte_Longitude != null && (
                      <Text size="xs" c="dimmed">
                        {t("cases.events.coordinates", {
                          lat: format.number(event.hte_Latitude),
                          lon: format.number(event.hte_Longitude),
                        })}
                      </Text>
                    )}
                    {event.hte_Description != null && (
                      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                        {event.hte_Description}
                      </Text>
                    )}
                  </Stack>
                  {canWrite && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconPencil size={12} aria-hidden />}
                      style={{ flexShrink: 0 }}
                      onClick={() => {
                        setEditing(event);
                      }}
                      aria-label={t("cases.events.editNumber", { number: index + 1 })}
                    >
                      {t("common.edit")}
                    </Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </TabSection>
      {located.length > 0 && (
        <TabSection title={t("cases.events.map")}>
          <Suspense fallback={<LoadingState />}>
            <EventMap events={located} />
          </Suspense>
        </TabSection>
      )}
      <AppModal
        opened={editing !== null}
        onClose={close}
        title={editing === "new" ? t("cases.events.add") : t("cases.events.edit")}
        size="lg"
      >
        {editing !== null && (
          <EventForm
            caseId={caseView.id}
            event={editing === "new" ? undefined : editing}
            onDone={close}
            onReload={onReload}
          />
        )}
      </AppModal>
    </Stack>
  );
}

function EventForm({
  caseId,
  event,
  onDone,
  onReload,
}: {
  caseId: string;
  event: TraffickingEvent | undefined;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<EventFormValues>({ initialValues: toEventFormValues(event) });
  const errors = useServerErrors(form, { conflict: "stale" });
  const save = useCasePartMutation(caseId, (body: EventRequest) =>
    event === undefined
      ? api.addEvent(caseId, body)
      : api.updateEvent(caseId, event.id, { ...body, version: event.version }),
  );
  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    const all = toEventRequest(values);
    const body =
      event === undefined ? all : changedFields(all, event, Object.keys(all) as (keyof EventRequest)[]);
    save.mutate(body, {
      onSuccess: () => {
        notifySuccess(t("cases.saved"));
        onDone();
      },
      onError: errors.handleError,
    });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <PicklistSelect
            label={t("caseFields.hte_Type")}
            values={HTE_TYPE}
            labelOf={(value) => t(`htcds.eventType.${value}`)}
            {...form.getInputProps("hte_Type")}
          />
          <TextInput type="date" label={t("caseFields.hte_Date")} {...form.getInputProps("hte_Date")} />
          <TextInput label={t("caseFields.hte_Street")} {...form.getInputProps("hte_Street")} />
          <TextInput label={t("caseFields.hte_PostalCode")} {...form.getInputProps("hte_PostalCode")} />
          <TextInput label={t("caseFields.hte_City")} {...form.getInputProps("hte_City")} />
          <TextInput label={t("caseFields.hte_State")} {...form.getInputProps("hte_State")} />
          <CountrySelect label={t("caseFields.hte_Country")} {...form.getInputProps("hte_Country")} />
          <div />
          <NumberInput
            label={t("caseFields.hte_Latitude")}
            min={-90}
            max={90}
            decimalScale={6}
            hideControls
            {...form.getInputProps("hte_Latitude")}
          />
          <NumberInput
            label={t("caseFields.hte_Longitude")}
            min={-180}
            max={180}
            decimalScale={6}
            hideControls
            {...form.getInputProps("hte_Longitude")}
          />
        </SimpleGrid>
        <Textarea
          label={t("caseFields.hte_Description")}
          autosize
          minRows={3}
          {...form.getInputProps("hte_Description")}
        />
        <FormProblemAlert problem={errors.problem} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
