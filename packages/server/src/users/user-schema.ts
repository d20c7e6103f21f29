import { z } from "zod";
import { PASSWORD_MAX_LENGTH, plainText, SCOPES, searchText } from "@ariadne/domain";

export const LANGUAGES = ["en", "fr", "de"] as const;

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: "must be an e-mail address such as name@example.org" }));
export const fullName = plainText(200).refine((v) => !/[<>]/.test(v), { error: "must not contain < or >" });
export const password = z.string().min(1, { error: "must not be empty" }).max(PASSWORD_MAX_LENGTH);
export const version = z
  .number()
  .int()
  .min(1)
  .describe("The version you read; a stale one gets 409 conflict");
export const id = z.uuid();

export const userView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    fullName: z.string(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    roleId: z.uuid(),
    roleKey: z.string(),
    roleName: z.string(),
    scope: z.enum(SCOPES),
    active: z.boolean(),
    mfaEnabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
    language: z.string(),
  })
  .meta({ id: "User" });
export type UserView = z.infer<typeof userView>;

export const createUserBody = z
  .strictObject({
    email,
    fullName,
    organisationId: id,
    roleId: id,
    password: password.describe("Initial password; the user must change it at first sign-in"),
    language: z.enum(LANGUAGES).optional(),
  })
  .meta({ id: "CreateUser" });

export const updateUserBody = z
  .strictObject({
    version,
    fullName: fullName.optional(),
    organisationId: id.optional(),
    roleId: id.optional(),
    language: z.enum(LANGUAGES).optional(),
  })
  .meta({ id: "UpdateUser" });

export const versionBody = z.strictObject({ version });

export const resetPasswordBody = z
  .strictObject({
    version,
    password: password.describe("New initial password; the user must change it at next sign-in"),
  })
  .meta({ id: "ResetPassword" });

export const listUsersQuery = z.strictObject({
  organisationId: id.optional(),
  roleId: id.optional(),
  status: z.enum(["active", "inactive", "all"]).default("active"),
  search: searchText().optional().describe("Part of a name, or a whole e-mail address"),
});
