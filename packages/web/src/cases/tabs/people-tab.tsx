import { Badge, Group, SimpleGrid, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { PER_ROLE_IN_PROCESS, PRS_GENDER } from "../../api/protect-vocabulary.ts";
import type { Case, ConnectedPersonRequest } from "../../api/types.ts";
import { PicklistMultiSelect, PicklistSelect } from "../../forms/picklist-inputs.tsx";
import { pickOne } from "../../forms/picklist.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { filled, text } from "../case-form-values.ts";
import { useCasePartMutation } from "../case-queries.ts";
import { EMPTY_CONNECTED_PERSON, rolesOf, type ConnectedPersonFormValues } from "../part-form-values.ts";
import { CaseForm, useCaseFormSubmit } from "./case-form.tsx";
import { RecordDialog, useRecordDialog } from "./record-dialog.tsx";
import { RecordCard, RecordList } from "./record-list.tsx";
import { TabAction, TabSection } from "./tab-section.tsx";

/** Perpetrators and other connected people (HTCDS `per_`) with their roles in the process. */
export function PeopleTab({ caseView, canWrite }: { caseView: Case; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  // Connected people are only added here: the dialog has no record to edit.
  const dialog = useRecordDialog<never>();
  return (
    <TabSection
      title={t("cases.tabs.people")}
      actions={canWrite && <TabAction kind="add" label={t("cases.people.add")} onClick={dialog.add} />}
    >
      <RecordList records={caseView.people ?? []} empty={t("cases.people.empty")}>
        {(link) => {
          const name = [link.person.prs_FirstName, link.person.prs_SecondName].filter(Boolean).join(" ");
          return (
            <RecordCard>
              <Text fw={600}>{name === "" ? t("cases.noName") : name}</Text>
              {link.person.prs_Birthdate != null && (
                <Text size="sm" c="dimmed">
                  {t("cases.people.born", { date: format.date(link.person.prs_Birthdate) })}
                </Text>
              )}
              {(link.per_RoleInProcess ?? []).length > 0 && (
                <Group gap={4} mt={4}>
                  {(link.per_RoleInProcess ?? []).map((role) => (
                    <Badge key={role} variant="light" color="gray">
                      {t(`htcds.roleInProcess.${role}`)}
                    </Badge>
                  ))}
                </Group>
              )}
              {link.per_RoleDetails !== null && (
                <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap" }}>
                  {link.per_RoleDetails}
                </Text>
              )}
            </RecordCard>
          );
        }}
      </RecordList>
      <RecordDialog dialog={dialog} addTitle={t("cases.people.add")} size="lg">
        {() => <ConnectedPersonForm caseId={caseView.id} onDone={dialog.close} />}
      </RecordDialog>
    </TabSection>
  );
}

function ConnectedPersonForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<ConnectedPersonFormValues>({ initialValues: EMPTY_CONNECTED_PERSON });
  const add = useCasePartMutation(caseId, (body: ConnectedPersonRequest) =>
    api.addConnectedPerson(caseId, body),
  );
  const submission = useCaseFormSubmit(form, {
    sender: add,
    toBody: (values) => ({
      person: filled({
        prs_FirstName: text(values.person.prs_FirstName),
        prs_SecondName: text(values.person.prs_SecondName),
        prs_Birthdate: text(values.person.prs_Birthdate),
        prs_Gender: pickOne(PRS_GENDER, values.person.prs_Gender),
      }),
      roles: rolesOf(values),
      details: text(values.details),
    }),
    onDone,
  });
  return (
    <CaseForm submission={submission} onCancel={onDone}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput label={t("caseFields.prs_FirstName")} {...form.getInputProps("person.prs_FirstName")} />
        <TextInput label={t("caseFields.prs_SecondName")} {...form.getInputProps("person.prs_SecondName")} />
        <TextInput
          type="date"
          label={t("caseFields.prs_Birthdate")}
          {...form.getInputProps("person.prs_Birthdate")}
        />
        <PicklistSelect
          label={t("caseFields.prs_Gender")}
          values={PRS_GENDER}
          labelOf={(value) => t(`htcds.gender.${value}`)}
          {...form.getInputProps("person.prs_Gender")}
        />
      </SimpleGrid>
      <PicklistMultiSelect
        label={t("caseFields.per_RoleInProcess")}
        values={PER_ROLE_IN_PROCESS}
        labelOf={(value) => t(`htcds.roleInProcess.${value}`)}
        {...form.getInputProps("roles")}
      />
      <Textarea
        label={t("caseFields.per_RoleDetails")}
        autosize
        minRows={3}
        {...form.getInputProps("details")}
      />
    </CaseForm>
  );
}
