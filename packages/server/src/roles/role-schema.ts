import { z } from "zod";
import { ALL_PERMISSIONS, plainText, SCOPES } from "@ariadne/domain";

const permission = z.enum(ALL_PERMISSIONS as [string, ...string[]]);

export const roleView = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    scope: z.enum(SCOPES),
    permissions: z.array(z.string()),
    builtIn: z.boolean(),
    requiresSecondFactor: z.boolean(),
    userCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: "Role" });
export type RoleView = z.infer<typeof roleView>;

const name = plainText(100);
const permissions = z
  .array(permission)
  .max(ALL_PERMISSIONS.length)
  .refine((p) => new Set(p).size === p.length, { error: "must not repeat a permission" });

export const createRoleBody = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-z0-9_]{2,40}$/, {
      error: "must be 3 to 41 lower-case letters, digits or _, starting with a letter",
    }),
    name,
    scope: z.enum(SCOPES),
    permissions,
  })
  .meta({ id: "CreateRole" });

export const updateRoleBody = z
  .strictObject({
    version: z.number().int().min(1),
    name: name.optional(),
    scope: z.enum(SCOPES).optional(),
    permissions: permissions.optional(),
  })
  .meta({ id: "UpdateRole" });

export const permissionInfo = z
  .object({ key: z.string(), description: z.string(), personalData: z.boolean() })
  .meta({ id: "PermissionInfo" });
