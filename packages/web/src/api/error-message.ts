import type { TFunction } from "i18next";
import { ApiError } from "./api-error.ts";

export interface ErrorMessageOptions {
  /** A 409 on an edit means a stale `version`; on a create it means a duplicate (server's words). */
  conflict?: "stale" | "duplicate";
}

/** A sentence for the user about a failed call, in the interface language. */
export function errorMessage(error: unknown, t: TFunction, options: ErrorMessageOptions = {}): string {
  if (!(error instanceof ApiError)) return t("errors.unexpected");
  switch (error.code) {
    case "validation_failed":
      return t("errors.validationFailed");
    case "unauthenticated":
      return t("errors.unauthenticated");
    case "second_factor_required":
      return t("errors.secondFactorRequired");
    case "forbidden":
      return t("errors.forbidden");
    case "not_found":
      return t("errors.notFound");
    case "conflict":
      return options.conflict === "stale"
        ? t("errors.staleVersion")
        : t("errors.conflict", { message: error.message });
    case "locked":
      return t("errors.locked");
    case "rate_limited":
      return t("errors.rateLimited");
    case "payload_too_large":
      return t("errors.payloadTooLarge");
    case "network_error":
      return t("errors.network");
    case "unexpected_response":
      return error.status >= 500 ? t("errors.server") : t("errors.unexpected");
  }
}
