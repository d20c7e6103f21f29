import type { ApiErrorDetail } from "./types.ts";
import { API_ERROR_CODES, type KnownApiErrorCode } from "./vocabulary.ts";

/** Codes the client itself produces when there is no usable error body. */
export type ClientErrorCode = "network_error" | "unexpected_response";

export type ApiErrorCode = KnownApiErrorCode | ClientErrorCode;

/** A failed API call: the server's `{ error: { code, message, details } }`, or a client-side failure. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: readonly ApiErrorDetail[];

  constructor(status: number, code: ApiErrorCode, message: string, details: readonly ApiErrorDetail[] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isKnownCode(code: string): code is KnownApiErrorCode {
  return (API_ERROR_CODES as readonly string[]).includes(code);
}

function parseDetails(value: unknown): ApiErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.path === "string" && typeof item.message === "string"
      ? [{ path: item.path, message: item.message }]
      : [],
  );
}

/** Turns a non-2xx response body (already parsed as JSON, or `undefined`) into an `ApiError`. */
export function toApiError(status: number, body: unknown, fallbackMessage: string): ApiError {
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && typeof error.code === "string") {
    const message = typeof error.message === "string" ? error.message : fallbackMessage;
    const code = isKnownCode(error.code) ? error.code : "unexpected_response";
    return new ApiError(status, code, message, parseDetails(error.details));
  }
  return new ApiError(status, "unexpected_response", fallbackMessage);
}
