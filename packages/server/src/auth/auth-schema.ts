import { z } from "zod";
import { plainText, SCOPES } from "@ariadne/domain";
import { email, password } from "../users/user-schema.ts";

export const SESSION_STAGES = ["mfa_challenge", "password_change", "mfa_enrolment", "active"] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

export const sessionView = z
  .object({
    stage: z
      .enum(SESSION_STAGES)
      .describe("What the user must do next; only `active` reaches the application"),
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      fullName: z.string(),
      organisationId: z.uuid(),
      organisationName: z.string(),
      roleKey: z.string(),
      roleName: z.string(),
      scope: z.enum(SCOPES),
      permissions: z.array(z.string()),
      mfaEnabled: z.boolean(),
      language: z.string(),
    }),
    csrfToken: z.string().describe("Send as the x-csrf-token header with every write"),
    idleExpiresAt: z.string(),
    absoluteExpiresAt: z.string(),
    idleTimeoutSeconds: z.number().int(),
  })
  .meta({ id: "Session" });
export type SessionView = z.infer<typeof sessionView>;

export const loginBody = z.strictObject({ email, password }).meta({ id: "Login" });

export const challengeBody = z
  .union([
    z.strictObject({
      code: z
        .string()
        .trim()
        .regex(/^\d{6}$/, { error: "must be the 6 digits shown by your app" }),
    }),
    z.strictObject({ recoveryCode: z.string().trim().min(8).max(40) }),
  ])
  .meta({ id: "SecondFactorChallenge" });

export const enrolmentView = z
  .object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() })
  .meta({ id: "SecondFactorEnrolment" });

export const confirmEnrolmentBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "must be the 6 digits shown by your app" }),
});

export const changePasswordBody = z.strictObject({ currentPassword: password, newPassword: password });

export const apiTokenView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    permissions: z.array(z.string()),
    createdAt: z.string(),
    expiresAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: "ApiToken" });
export type ApiTokenView = z.infer<typeof apiTokenView>;

export const createApiTokenBody = z
  .strictObject({
    name: plainText(100),
    permissions: z.array(z.string()).min(1).max(50),
    expiresInDays: z.number().int().min(1).max(365),
  })
  .meta({ id: "CreateApiToken" });
