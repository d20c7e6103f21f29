import { Stack } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { UseMutationResult } from "@tanstack/react-query";
import type { ComponentProps, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Case, UpdateCaseRequest } from "../../api/types.ts";
import { FormProblemAlert } from "../../forms/form-problem-alert.tsx";
import { useServerErrors, type FormProblem, type ServerErrorOptions } from "../../forms/use-server-errors.ts";
import { FormActions } from "../../ui/form-actions.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { useUpdateCase } from "../case-queries.ts";

/** What a case form sends its request through: `useCasePartMutation` or `useUpdateCase`. */
type CaseSender<TBody> = Pick<UseMutationResult<unknown, Error, TBody>, "mutate" | "isPending">;

interface CaseFormSubmitOptions<TValues, TBody> {
  /** How the server's errors map onto the form: `conflict: "stale"` for a record with a version. */
  serverErrors?: ServerErrorOptions;
  sender: CaseSender<TBody>;
  /** The request for the form's values; null when there is nothing to send. */
  toBody: (values: TValues) => TBody | null;
  /** After saving, or at once when there is nothing to send: close the form, or empty it. */
  onDone: () => void;
  /** The notification once saved; "Saved" unless said. */
  savedMessage?: string;
}

/** What `CaseForm` needs of `useCaseFormSubmit`. */
export interface CaseFormSubmission {
  onSubmit: NonNullable<ComponentProps<"form">["onSubmit"]>;
  problem: FormProblem | null;
  saving: boolean;
}

/**
 * The submit of a form on the case page: once the form is valid, clears the last problem and
 * sends the request; then says so and calls `onDone`. A failure shows on the form: field
 * details beside their fields, the rest (a 409 on a stale version among them) as its problem.
 */
export function useCaseFormSubmit<TValues extends object, TBody>(
  form: UseFormReturnType<TValues>,
  { serverErrors, sender, toBody, onDone, savedMessage }: CaseFormSubmitOptions<TValues, TBody>,
): CaseFormSubmission {
  const { t } = useTranslation();
  const errors = useServerErrors(form, serverErrors);
  const onSubmit = form.onSubmit((values) => {
    errors.clearProblem();
    const body = toBody(values);
    if (body === null) {
      onDone();
      return;
    }
    sender.mutate(body, {
      onSuccess: () => {
        notifySuccess(savedMessage ?? t("cases.saved"));
        onDone();
      },
      onError: errors.handleError,
    });
  });
  return { onSubmit, problem: errors.problem, saving: sender.isPending };
}

/** A form of the case's own fields (the person, the victim context), edited in place. */
export interface CaseFieldsFormProps {
  caseView: Case;
  /** Saved, nothing to save, or cancelled: back to the tab. */
  onDone: () => void;
  onReload: () => void;
}

/**
 * The submit of a form of the case's own fields (the person, the victim context): a PATCH of
 * the case with the fields changed and the version read, a newer version being a problem to
 * reload for; nothing is sent when nothing changed.
 */
export function useCaseUpdateSubmit<TValues extends object>(
  form: UseFormReturnType<TValues>,
  caseView: Case,
  changes: (values: TValues) => Omit<UpdateCaseRequest, "version">,
  onDone: () => void,
): CaseFormSubmission {
  const { t } = useTranslation();
  const update = useUpdateCase(caseView.id);
  return useCaseFormSubmit(form, {
    serverErrors: { conflict: "stale", messages: { conflict: t("cases.stale") } },
    sender: update,
    toBody: (values) => {
      const change = changes(values);
      const nothing = Object.values(change).every((fields) => Object.keys(fields).length === 0);
      return nothing ? null : { version: caseView.version, ...change };
    },
    onDone,
  });
}

interface CaseFormProps {
  submission: CaseFormSubmission;
  /** Offered beside the problem of a 409 on a stale version: loads the case again. */
  onReload?: (() => void) | undefined;
  /** Puts a Cancel button before the submit button. */
  onCancel?: () => void;
  gap?: "xs" | "sm" | "md" | "lg";
  submitLabel?: string;
  submitIcon?: ReactNode;
  submitTestId?: string;
  /** The fields. */
  children: ReactNode;
}

/** A form on the case page: its fields, then the problem of a failed submit, then its buttons. */
export function CaseForm({ submission, onReload, onCancel, gap = "md", children, ...submit }: CaseFormProps) {
  return (
    <form noValidate onSubmit={submission.onSubmit}>
      <Stack gap={gap}>
        {children}
        <FormProblemAlert problem={submission.problem} {...(onReload === undefined ? {} : { onReload })} />
        <FormActions saving={submission.saving} onCancel={onCancel} {...submit} />
      </Stack>
    </form>
  );
}
