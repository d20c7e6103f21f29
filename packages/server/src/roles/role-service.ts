import { randomUUID } from "node:crypto";
import {
  BUILT_IN_ROLES,
  can,
  conflict,
  isPermission,
  notFound,
  PERMISSIONS,
  PERSONAL_DATA_PERMISSIONS,
  requiresSecondFactor,
  SYSTEM,
  type Permission,
  type Scope,
} from "@ariadne/domain";
import { authorize, requireActor } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Db, Executor } from "../db/connection.ts";
import type { RequestContext } from "../request-context.ts";
import * as repo from "./role-repository.ts";
import type { RoleView } from "./role-schema.ts";

export class RoleService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** Creates the built-in roles that are missing; run at every start, idempotent. */
  static async ensureBuiltIns(ex: Executor): Promise<void> {
    for (const role of BUILT_IN_ROLES) {
      await repo.insert(ex, {
        id: randomUUID(),
        key: role.key,
        name: role.name,
        scope: role.scope,
        permissions: [...role.permissions],
        builtIn: true,
      });
    }
  }

  /** Roles are listed to anyone who manages users or roles (to pick one), or audits. */
  async list(ctx: RequestContext): Promise<RoleView[]> {
    await this.authorizeAny(ctx);
    return (await repo.listWithUserCounts(this.db)).map(present);
  }

  permissions(): { key: Permission; description: string; personalData: boolean }[] {
    return Object.entries(PERMISSIONS).map(([key, description]) => ({
      key: key as Permission,
      description,
      personalData: PERSONAL_DATA_PERMISSIONS.has(key as Permission),
    }));
  }

  async create(
    ctx: RequestContext,
    input: { key: string; name: string; scope: Scope; permissions: string[] },
  ): Promise<RoleView> {
    await authorize(this.audit, ctx, "role.manage", SYSTEM);
    if (await repo.findByKey(this.db, input.key))
      throw conflict(`key: a role with the key ${input.key} exists`);
    const id = randomUUID();
    await this.db.transaction(async (tx) => {
      await repo.insert(tx, { id, ...input, builtIn: false });
      await this.audit.append(tx, ctx, {
        action: "role.create",
        resourceType: "role",
        resourceId: id,
        details: { key: input.key, scope: input.scope, permissions: input.permissions },
      });
    });
    return this.get(id);
  }

  async update(
    ctx: RequestContext,
    id: string,
    input: {
      version: number;
      name?: string | undefined;
      scope?: Scope | undefined;
      permissions?: string[] | undefined;
    },
  ): Promise<RoleView> {
    await authorize(this.audit, ctx, "role.manage", SYSTEM);
    const current = await repo.findById(this.db, id);
    if (!current) throw notFound("The role");
    if (current.builtIn) throw conflict("Built-in roles cannot be changed; create a new role instead");
    const { version, ...changes } = input;
    await this.db.transaction(async (tx) => {
      if (!(await repo.updateVersioned(tx, id, version, changes))) {
        throw conflict("Someone else changed this role since you read it; reload and try again");
      }
      await this.audit.append(tx, ctx, {
        action: "role.update",
        resourceType: "role",
        resourceId: id,
        details: { ...changes },
      });
    });
    return this.get(id);
  }

  private async get(id: string): Promise<RoleView> {
    const row = (await repo.listWithUserCounts(this.db)).find((r) => r.id === id);
    if (!row) throw notFound("The role");
    return present(row);
  }

  private async authorizeAny(ctx: RequestContext): Promise<void> {
    const actor = requireActor(ctx);
    if ((["user.read", "user.manage"] as const).some((p) => can(actor, p, SYSTEM).allow)) return;
    await authorize(this.audit, ctx, "role.manage", SYSTEM);
  }
}

function present(row: repo.RoleRow & { userCount: number }): RoleView {
  const permissions = row.permissions.filter(isPermission);
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    scope: row.scope as Scope,
    permissions,
    builtIn: row.builtIn,
    requiresSecondFactor: requiresSecondFactor(permissions),
    userCount: row.userCount,
    version: row.version,
  };
}
