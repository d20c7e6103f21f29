import { Badge, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlarm, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { errorMessage } from "../../api/error-message.ts";
import { queryKeys } from "../../api/query-keys.ts";
import type { Case, CaseTask, TaskRequest } from "../../api/types.ts";
import { hasPermission } from "../../auth/permissions.ts";
import { useSession } from "../../auth/session-context.tsx";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { notifyFailure } from "../../ui/notify.ts";
import { useCasePartMutation } from "../case-queries.ts";
import { CaseForm, useCaseFormSubmit } from "./case-form.tsx";
import { RecordCard, RecordList } from "./record-list.tsx";
import { TabSection, type CaseTabProps } from "./tab-section.tsx";

/** Open tasks first by due date, done ones after. */
function ordered(tasks: readonly CaseTask[]): CaseTask[] {
  return [...tasks].sort((a, b) =>
    a.done !== b.done ? (a.done ? 1 : -1) : a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0,
  );
}

/** Tasks with an owner and a due date; overdue ones stand out. */
export function TasksTab({ caseView, canWrite, onReload }: CaseTabProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tasks = ordered(caseView.tasks ?? []);
  const toggle = useCasePartMutation(caseView.id, (task: CaseTask) =>
    api.setTaskDone(caseView.id, task.id, { version: task.version, done: !task.done }),
  );

  return (
    <Stack gap="lg">
      <TabSection title={t("cases.tabs.tasks")}>
        <RecordList records={tasks} empty={t("cases.tasks.empty")} list="ul" gap="xs" testId="task-list">
          {(task) => (
            <RecordCard
              style={task.overdue ? { borderColor: "var(--mantine-color-red-7)", borderWidth: 2 } : undefined}
              data-overdue={task.overdue || undefined}
            >
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Checkbox
                  checked={task.done}
                  disabled={!canWrite || toggle.isPending}
                  onChange={() => {
                    toggle.mutate(task, {
                      onError: (error) => {
                        notifyFailure(errorMessage(error, t, { conflict: "stale" }));
                        onReload();
                      },
                    });
                  }}
                  label={
                    <Text span td={task.done ? "line-through" : undefined}>
                      {task.title}
                    </Text>
                  }
                  description={t("cases.tasks.dueFor", {
                    date: format.date(task.dueOn),
                    name: task.assignee.name,
                  })}
                />
                {task.overdue && (
                  <Badge
                    color="red"
                    variant="filled"
                    leftSection={<IconAlarm size={12} aria-hidden />}
                    style={{ flexShrink: 0 }}
                  >
                    {t("cases.tasks.overdue")}
                  </Badge>
                )}
              </Group>
            </RecordCard>
          )}
        </RecordList>
      </TabSection>
      {canWrite && <AddTaskForm caseView={caseView} />}
    </Stack>
  );
}

function AddTaskForm({ caseView }: { caseView: Case }) {
  const { t } = useTranslation();
  const session = useSession();
  const mayListUsers = hasPermission(session, "user.read");
  const query = { organisationId: caseView.organisation.id, status: "active" } as const;
  const users = useQuery({
    queryKey: queryKeys.userList(query),
    queryFn: () => api.listUsers(query),
    enabled: mayListUsers,
  });
  const options = mayListUsers
    ? (users.data?.items ?? []).map((user) => ({ value: user.id, label: user.fullName }))
    : [{ value: session.user.id, label: session.user.fullName }];
  const form = useForm<{ title: string; dueOn: string; assigneeId: string | null }>({
    initialValues: { title: "", dueOn: "", assigneeId: session.user.id },
    validate: {
      title: (value) => (value.trim() === "" ? t("forms.required") : null),
      dueOn: (value) => (value === "" ? t("forms.required") : null),
      assigneeId: (value) => (value === null ? t("forms.required") : null),
    },
  });
  const add = useCasePartMutation(caseView.id, (body: TaskRequest) => api.addTask(caseView.id, body));
  const submission = useCaseFormSubmit(form, {
    sender: add,
    // Never null here: the form checks that an assignee is chosen.
    toBody: (values) =>
      values.assigneeId === null
        ? null
        : { title: values.title.trim(), dueOn: values.dueOn, assigneeId: values.assigneeId },
    onDone: form.reset,
    savedMessage: t("cases.tasks.added"),
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="add-task-heading">
      <Text id="add-task-heading" fw={600} mb="sm">
        {t("cases.tasks.add")}
      </Text>
      <CaseForm
        submission={submission}
        gap="sm"
        submitLabel={t("cases.tasks.addButton")}
        submitIcon={<IconPlus size={16} aria-hidden />}
      >
        <TextInput label={t("cases.tasks.title")} required {...form.getInputProps("title")} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput type="date" label={t("cases.tasks.dueOn")} required {...form.getInputProps("dueOn")} />
          <Select
            label={t("cases.tasks.assignee")}
            data={options}
            required
            allowDeselect={false}
            searchable
            {...form.getInputProps("assigneeId")}
          />
        </SimpleGrid>
      </CaseForm>
    </Paper>
  );
}
