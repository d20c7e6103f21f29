import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error.ts";
import { errorMessage, type ErrorMessageOptions } from "../api/error-message.ts";
import type { ApiErrorDetail } from "../api/types.ts";
import { mapServerFieldErrors } from "./server-field-errors.ts";

/** The part of a Mantine form this needs. */
export interface ServerErrorForm {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

export interface FormProblem {
  message: string;
  /** Details that belong to no field of the form. */
  details: ApiErrorDetail[];
  /** A stale `version`: the form should offer to reload the record. */
  stale: boolean;
}

export interface ServerErrors {
  problem: FormProblem | null;
  /** Use as a mutation's `onError`. */
  handleError: (error: unknown) => void;
  clearProblem: () => void;
}

export interface ServerErrorOptions extends ErrorMessageOptions {
  /** Body paths that differ from the form's field paths. */
  aliases?: Readonly<Record<string, string>>;
  /** Replaces the generic message for an error code (e.g. a 401 on the sign-in form). */
  messages?: Partial<Record<string, string>>;
}

/**
 * The one way forms show a failed submit: field details next to their fields, everything
 * else as the form's problem (rendered by `FormProblemAlert`).
 */
export function useServerErrors(form: ServerErrorForm, options: ServerErrorOptions = {}): ServerErrors {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const { aliases, messages, conflict } = options;

  const handleError = useCallback(
    (error: unknown) => {
      if (!isApiError(error)) {
        setProblem({ message: errorMessage(error, t), details: [], stale: false });
        return;
      }
      const { fieldErrors, unmatched } = mapServerFieldErrors(error.details, form.getValues(), aliases);
      form.setErrors(fieldErrors);
      const fieldsExplainIt =
        error.code === "validation_failed" && unmatched.length === 0 && Object.keys(fieldErrors).length > 0;
      const message =
        messages?.[error.code] ?? errorMessage(error, t, conflict === undefined ? {} : { conflict });
      setProblem(
        fieldsExplainIt
          ? null
          : { message, details: unmatched, stale: error.code === "conflict" && conflict === "stale" },
      );
    },
    [form, t, aliases, messages, conflict],
  );

  const clearProblem = useCallback(() => {
    setProblem(null);
  }, []);

  return { problem, handleError, clearProblem };
}
