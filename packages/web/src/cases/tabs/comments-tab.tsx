import { Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconMessagePlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Case } from "../../api/types.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { useCasePartMutation } from "../case-queries.ts";
import { CaseForm, useCaseFormSubmit } from "./case-form.tsx";
import { RecordCard, RecordList } from "./record-list.tsx";
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
        <RecordList records={comments} empty={t("cases.comments.empty")} list="ul">
          {(comment) => (
            <RecordCard>
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
            </RecordCard>
          )}
        </RecordList>
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
  const add = useCasePartMutation(caseId, (comment: string) =>
    api.addComment(caseId, { cco_CaseComment: comment }),
  );
  const submission = useCaseFormSubmit(form, {
    sender: add,
    toBody: (values) => values.cco_CaseComment.trim(),
    onDone: form.reset,
    savedMessage: t("cases.comments.added"),
  });
  return (
    <CaseForm
      submission={submission}
      gap="xs"
      submitLabel={t("cases.comments.add")}
      submitIcon={<IconMessagePlus size={16} aria-hidden />}
    >
      <Textarea
        label={t("cases.comments.new")}
        autosize
        minRows={3}
        {...form.getInputProps("cco_CaseComment")}
      />
    </CaseForm>
  );
}
