import { DomainError, type ErrorCode, type ErrorDetail } from "@ariadne/domain";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { z } from "zod";

/** The one place where error codes become HTTP statuses. */
export const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  second_factor_required: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 423,
  rate_limited: 429,
  internal: 500,
};

export const errorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: "Error" });
export type ErrorBody = z.infer<typeof errorBody>;

const body = (code: ErrorCode, message: string, details: readonly ErrorDetail[] = []): ErrorBody => ({
  error: { code, message, details: [...details] },
});

interface ValidationIssue {
  instancePath: string;
  message?: string;
  keyword: string;
  params?: { keys?: string[] };
}

/**
 * Turns anything thrown into a status and the uniform error body. Unknown errors become a
 * 500 that says nothing of their cause (the cause goes to the log, `internal` is true).
 */
export function toHttpError(error: unknown): { status: number; body: ErrorBody; internal: boolean } {
  if (error instanceof DomainError) {
    return {
      status: STATUS[error.code],
      body: body(error.code, error.message, error.details),
      internal: false,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as { validationContext?: string }).validationContext ?? "body";
    const details = (error.validation as unknown as ValidationIssue[]).flatMap((v) => {
      const base = v.instancePath.replace(/^\//, "").split("/").filter(Boolean).join(".");
      if (v.keyword === "unrecognized_keys" && v.params?.keys) {
        return v.params.keys.map((k) => ({
          path: base ? `${base}.${k}` : k,
          message: "is not a known field",
        }));
      }
      return [{ path: base, message: v.message ?? "is not valid" }];
    });
    const first = details[0];
    const message = first
      ? `Invalid ${where}: ${first.path || where} ${lowerFirst(first.message)}`
      : `Invalid ${where}`;
    return { status: 400, body: body("validation_failed", message, details), internal: false };
  }
  const fastifyError = error as { statusCode?: number; code?: string; message?: string };
  const status = fastifyError.statusCode;
  if (status === 413) return client(413, "payload_too_large", "The request body is too large");
  if (status === 415) return client(415, "unsupported_media_type", "Send the body as application/json");
  if (status === 429) return client(429, "rate_limited", "Too many requests; wait a moment and try again");
  if (fastifyError.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error instanceof SyntaxError) {
    return client(400, "validation_failed", "The request body is not valid JSON");
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return client(status, "validation_failed", fastifyError.message ?? "Bad request");
  }
  return {
    status: 500,
    body: body("internal", "Something went wrong on the server; it has been logged"),
    internal: true,
  };
}

const client = (status: number, code: ErrorCode, message: string) => ({
  status,
  body: body(code, message),
  internal: false,
});
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
