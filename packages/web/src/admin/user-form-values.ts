import type { CreateUserRequest, UpdateUserRequest, User } from "../api/types.ts";
import { isLanguageCode } from "../i18n/languages.ts";

export interface UserFormValues {
  email: string;
  fullName: string;
  organisationId: string | null;
  roleId: string | null;
  password: string;
  language: string | null;
}

export function toUserFormValues(
  user: User | undefined,
  defaults: { organisationId: string; language: string },
) {
  return {
    email: user?.email ?? "",
    fullName: user?.fullName ?? "",
    organisationId: user?.organisationId ?? defaults.organisationId,
    roleId: user?.roleId ?? null,
    password: "",
    language: user?.language ?? defaults.language,
  } satisfies UserFormValues;
}

export function toCreateUserRequest(values: UserFormValues): CreateUserRequest | null {
  if (values.organisationId === null || values.roleId === null) return null;
  return {
    email: values.email.trim(),
    fullName: values.fullName.trim(),
    organisationId: values.organisationId,
    roleId: values.roleId,
    password: values.password,
    ...(values.language !== null && isLanguageCode(values.language) ? { language: values.language } : {}),
  };
}

/** A PATCH with the version and only what changed. */
export function toUpdateUserRequest(values: UserFormValues, user: User): UpdateUserRequest {
  const request: UpdateUserRequest = { version: user.version };
  const fullName = values.fullName.trim();
  if (fullName !== user.fullName) request.fullName = fullName;
  if (values.organisationId !== null && values.organisationId !== user.organisationId) {
    request.organisationId = values.organisationId;
  }
  if (values.roleId !== null && values.roleId !== user.roleId) request.roleId = values.roleId;
  if (values.language !== null && isLanguageCode(values.language) && values.language !== user.language) {
    request.language = values.language;
  }
  return request;
}
