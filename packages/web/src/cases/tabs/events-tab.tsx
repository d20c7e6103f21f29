import { Badge, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { HTE_TYPE } from "../../api/protect-vocabulary.ts";
import type { TraffickingEvent } from "../../api/types.ts";
import { CountrySelect } from "../../forms/country-select.tsx";
import { PicklistSelect } from "../../forms/picklist-inputs.tsx";
import { countryName } from "../../i18n/country-names.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { LoadingState } from "../../ui/loading-state.tsx";
import { fieldsToSave } from "../case-form-values.ts";
import { useSaveCasePart } from "../case-queries.ts";
import { EVENT_COLORS } from "../event-colors.ts";
import type { MapEvent } from "../event-map.tsx";
import {
  chronological,
  toEventFormValues,
  toEventRequest,
  type EventFormValues,
} from "../part-form-values.ts";
import { CaseForm, useCaseFormSubmit } from "./case-form.tsx";
import { RecordDialog, useRecordDialog } from "./record-dialog.tsx";
import { EditRecordButton, RecordCard, RecordList } from "./record-list.tsx";
import { TabAction, TabSection, type CaseTabProps } from "./tab-section.tsx";

// The map and its country outlines load only when a case has a located event.
const EventMap = lazy(() => import("../event-map.tsx"));

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
export function EventsTab({ caseView, canWrite, onReload }: CaseTabProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const dialog = useRecordDialog<TraffickingEvent>(caseView.events ?? []);
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

  return (
    <Stack gap="lg">
      <TabSection
        title={t("cases.events.timeline")}
        actions={canWrite && <TabAction kind="add" label={t("cases.events.add")} onClick={dialog.add} />}
      >
        <RecordList records={events} empty={t("cases.events.empty")} list="ol" testId="event-timeline">
          {(event, index) => (
            <RecordCard style={{ borderLeft: `4px solid ${EVENT_COLORS[event.hte_Type ?? "unknown"]}` }}>
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
                  {place(event, i18n.language) !== "" && <Text size="sm">{place(event, i18n.language)}</Text>}
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
                  <EditRecordButton
                    label={t("cases.events.editNumber", { number: index + 1 })}
                    onClick={() => {
                      dialog.edit(event);
                    }}
                    style={{ flexShrink: 0 }}
                  />
                )}
              </Group>
            </RecordCard>
          )}
        </RecordList>
      </TabSection>
      {located.length > 0 && (
        <TabSection title={t("cases.events.map")}>
          <Suspense fallback={<LoadingState />}>
            <EventMap events={located} />
          </Suspense>
        </TabSection>
      )}
      <RecordDialog
        dialog={dialog}
        addTitle={t("cases.events.add")}
        editTitle={t("cases.events.edit")}
        size="lg"
      >
        {(event) => (
          <EventForm caseId={caseView.id} event={event} onDone={dialog.close} onReload={onReload} />
        )}
      </RecordDialog>
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
  const save = useSaveCasePart(caseId, event, api.addEvent, api.updateEvent);
  const submission = useCaseFormSubmit(form, {
    serverErrors: { conflict: "stale" },
    sender: save,
    toBody: (values) => fieldsToSave(toEventRequest(values), event),
    onDone,
  });
  return (
    <CaseForm submission={submission} onReload={onReload} onCancel={onDone}>
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
    </CaseForm>
  );
}
