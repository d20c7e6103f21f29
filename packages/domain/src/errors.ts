/** Stable error codes. The server maps each to an HTTP status once, at the edge. */
export const ERROR_CODES = [
  "validation_failed",
  "unauthenticated",
  "second_factor_required",
  "forbidden",
  "not_found",
  "conflict",
  "locked",
  "rate_limited",
  "payload_too_large",
  "unsupported_media_type",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `admin.email`; empty for the whole input. */
  readonly path: string;
  readonly message: string;
}

/** An expected failure of a use-case. Knows nothing about HTTP. */
export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
  }
}

export const notFound = (what: string): DomainError => new DomainError("not_found", `${what} was not found`);
export const forbidden = (reason: string): DomainError =>
  new DomainError("forbidden", `Not allowed: ${reason}`);
export const conflict = (message: string): DomainError => new DomainError("conflict", message);
export const invalid = (path: string, message: string): DomainError =>
  new DomainError("validation_failed", `${path ? `${path}: ` : ""}${message}`, [{ path, message }]);

/** Result of pure validation: a value or the issues found (never thrown). */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly ErrorDetail[] };

/** Several field problems at once: the message names the first, `details` lists them all. */
export const invalidAll = (issues: readonly ErrorDetail[]): DomainError => {
  const first = issues[0];
  return new DomainError(
    "validation_failed",
    first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : "Invalid input",
    issues,
  );
};
