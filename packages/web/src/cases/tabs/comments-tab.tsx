import { Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconMessagePlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Case } from "../../api/types.ts";
import { FormProblemAlert } from "../../forms/form-problem-alert.tsx";
import { useServerErrors } from "../../forms/use-server-errors.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { notifySuccess } from "../../ui/notify.ts";
import { useCasePartMutation } from "../case-queries.ts";
import { TabSection } from "./tab-section.tsx";

/** Formal case comments (HTCDS `cco_`), newest first, with their author and organisation. */
export function CommentsTab({ caseView, canWrite }: { caseView: Case; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const comments = [...(caseView.comments ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return (
    <Stack gap="lg">
      {canWrite && <AddCommentForm caseId={caseView.id} />}
      <TabSection title={t("cases.tabs.comments")}>
        {comments.length === 0 ? (
          <Text c="dimmed">{t("cases.comments.empty")}</Text>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {comments.map((comment) => (
              <Paper key={comment.id} component="li" withBorder p="sm" radius="md">
                <Text size="xs" c="dimmed" mb={4}>
                  {t("cases.comments.byline", {
                    name: comment.author?.name ?? t("cases.comments.unknownAuthor"),
                    organisation: comment.organisation?.name ?? "—",
                    date: format.dateTime(comment.createdAt),
                  })}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {comment.cco_CaseComment}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
      </TabSection>
    </Stack>
  );
}

function AddCommentForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { cco_CaseComment: "" },
    validate: { cco_CaseComment: (value) => (value.trim() === "" ? t("forms.required") : null) },
  });
  const errors = useServerErrors(form);
  const add = useCasePartMutation(caseId, (comment: string) =>
    api.addComment(caseId, { cco_CaseComment: comment }),
  );
  const submit = form.onSubmit((values) => {
    errors.clearProblem();
    add.mutate(values.cco_CaseComment.trim(), {
      onSuccess: () => {
        notifySuccess(t("cases.comments.added"));
        form.reset();
      },
      onError: errors.handleError,
    });
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs">
        <Textarea
          label={t("cases.comments.new")}
          autosize
          minRows={3}
          {...form.getInputProps("cco_CaseComment")}
        />
        <FormProblemAlert problem={errors.problem} />
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconMessagePlus size={16} aria-hidden />}
            loading={add.isPending}
          >
            {t("cases.comments.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
