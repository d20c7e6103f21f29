/**
 * Stable codes of the privacy package. `validation_failed` matches the domain's code of the
 * same name; `budget_exceeded` is a refusal by the privacy ledger (the server maps it to a
 * conflict: the request was well formed, the dataset's budget is what says no).
 */
export type PrivacyErrorCode = "validation_failed" | "budget_exceeded";

export interface PrivacyIssue {
  /** Dotted path of the offending parameter, e.g. `epsilon` or `budget.delta`. */
  readonly path: string;
  readonly message: string;
}

/** A refused parameter or release. Knows nothing about HTTP; carries which parameter and why. */
export class PrivacyError extends Error {
  override readonly name = "PrivacyError";
  constructor(
    readonly code: PrivacyErrorCode,
    message: string,
    readonly issues: readonly PrivacyIssue[] = [],
  ) {
    super(message);
  }
}

/** A parameter refused: `path: message`, with the same issue attached. */
export function invalidParameter(path: string, message: string): PrivacyError {
  return new PrivacyError("validation_failed", `${path}: ${message}`, [{ path, message }]);
}

/** Result of a pure check: a value or the issues found (never thrown). */
export type PrivacyResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: PrivacyErrorCode; readonly issues: readonly PrivacyIssue[] };
