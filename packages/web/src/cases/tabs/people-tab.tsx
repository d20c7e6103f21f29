import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { PER_ROLE_IN_PROCESS, PRS_GENDER } from "../../api/protect-vocabulary.ts";
import type { Case, ConnectedPersonRequest } from "../../api/types.ts";
import { FormProblemAlert } from "../../forms/form-problem-alert.tsx";
import { PicklistMultiSelect, PicklistSelect } from "../../forms/picklist-inputs.tsx";
import { pickOne } from "../../forms/picklist.ts";
import { useServerErrors } from "../../forms/use-server-errors.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { AppModal } from "../../ui/app-modal.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { filled, text } from "../case-form-values.ts";
import { useCasePartMutation } from "../case-queries.ts";
import { EMPTY_CONNECTED_PERSON, rolesOf, type ConnectedPersonFormValues } from "../part-form-values.ts";
import { TabSection } from "./tab-section.tsx";

interface TabProps {
  caseView: Case;
  canWrite: boolean;
}

/** Perpetrators and other connected people (HTCDS `per_`) with their roles in the process. */
export function PeopleTab({ caseView, canWrite }: TabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [adding, setAdding] = useState(false);
  const people = caseView.people ?? [];
  return (
    <TabSection
      title={t("cases.tabs.people")}
      actions={
        canWrite && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setAdding(true);
            }}
          >
            {t("cases.people.add")}
          </Button>
        )
      }
    >
      {people.length === 0 ? (
        <Text c="dimmed">{t("cases.people.empty")}</Text>
      ) : (
        <Stack gap="sm">
          {people.map((link) => {
            const name = [link.person.prs_FirstName, link.person.prs_SecondName].filter(Boolean).join(" ");
            return (
              <Paper key={link.id} withBorder p="sm" radius="md">
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
              </Paper>
            );
          })}
        </Stack>
      )}
      <AppModal
        opened={adding}
        onClose={() => {
          setAdding(false);
        }}
        title={t("cases.people.add")}
        size="lg"
      >
        {adding && (
          <ConnectedPersonForm
            caseId={caseView.id}
            onDone={() => {
              setAdding(false);
            }}
          />
        )}
      </AppModal>
    </TabSection>
  );
}

function ConnectedPersonForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<ConnectedPersonFormValues>({ initialValues: EMPTY_CONNECTED_PERSON });
  const errors = useServerErrors(form);
  const add = useCasePartMutation(caseId, (body: ConnectedPersonRequest) =>
    api.addConnectedPerson(caseId, body),
  );
  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    add.mutate(
      {
        person: filled({
          prs_FirstName: text(values.person.prs_FirstName),
          prs_SecondName: text(values.person.prs_SecondName),
          prs_Birthdate: text(values.person.prs_Birthdate),
          prs_Gender: pickOne(PRS_GENDER, values.person.prs_Gender),
        }),
        roles: rolesOf(values),
        details: text(values.details),
      },
      {
        onSuccess: () => {
          notifySuccess(t("cases.saved"));
          onDone();
        },
        onError: errors.handleError,
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label={t("caseFields.prs_FirstName")} {...form.getInputProps("person.prs_FirstName")} />
          <TextInput
            label={t("caseFields.prs_SecondName")}
            {...form.getInputProps("person.prs_SecondName")}
          />
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
        <FormProblemAlert problem={errors.problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
