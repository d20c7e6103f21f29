import { randomUUID } from "node:crypto";
import { conflict, notFound, SYSTEM, type OrganisationFields } from "@ariadne/domain";
import { authorize } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Changes, Db, Executor } from "../db/connection.ts";
import type { RequestContext } from "../request-context.ts";
import * as repo from "./organisation-repository.ts";
import type { OrganisationView } from "./organisation-schema.ts";

/** Organisations (HTCDS `org_`). Not personal data, so reads are not audited; writes are. */
export class OrganisationService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async list(
    ctx: RequestContext,
    filters: { search?: string | undefined; type?: string | undefined; includeInactive: boolean },
  ): Promise<OrganisationView[]> {
    await authorize(this.audit, ctx, "organisation.read", SYSTEM);
    return (await repo.list(this.db, filters)).map(present);
  }

  /** The id of the active organisation with this name (case-insensitive), for the CLI. */
  async findByName(name: string): Promise<string | undefined> {
    const wanted = name.trim().toLowerCase();
    return (await repo.list(this.db, { includeInactive: false })).find(
      (o) => o.org_Name.toLowerCase() === wanted,
    )?.id;
  }

  async get(ctx: RequestContext, id: string): Promise<OrganisationView> {
    await authorize(this.audit, ctx, "organisation.read", SYSTEM);
    return this.load(id);
  }

  private async load(id: string): Promise<OrganisationView> {
    const row = await repo.findById(this.db, id);
    if (!row) throw notFound("The organisation");
    return present(row);
  }

  /** Inserts without authorisation checks; for setup and demo data, inside their transaction. */
  async insertOrganisation(
    ex: Executor,
    fields: OrganisationFields,
    extra: { demo?: boolean } = {},
  ): Promise<string> {
    const id = randomUUID();
    await repo.insert(ex, { id, ...fields, ...extra });
    return id;
  }

  async create(ctx: RequestContext, fields: OrganisationFields): Promise<OrganisationView> {
    await authorize(this.audit, ctx, "organisation.manage", SYSTEM);
    const id = await this.db.transaction(async (tx) => {
      const newId = await this.insertOrganisation(tx, fields);
      await this.audit.append(tx, ctx, {
        action: "organisation.create",
        resourceType: "organisation",
        resourceId: newId,
        details: { org_Type: fields.org_Type },
      });
      return newId;
    });
    return this.load(id);
  }

  async update(
    ctx: RequestContext,
    id: string,
    input: Changes<OrganisationFields> & { version: number; active?: boolean | undefined },
  ): Promise<OrganisationView> {
    await authorize(this.audit, ctx, "organisation.manage", {
      kind: "record",
      type: "organisation",
      id,
      organisationId: id,
      ownerId: null,
    });
    const { version, ...changes } = input;
    await this.db.transaction(async (tx) => {
      if (!(await repo.updateVersioned(tx, id, version, changes))) {
        if (!(await repo.findById(tx, id))) throw notFound("The organisation");
        throw conflict("Someone else changed this organisation since you read it; reload and try again");
      }
      await this.audit.append(tx, ctx, {
        action: "organisation.update",
        resourceType: "organisation",
        resourceId: id,
        details: { fields: Object.keys(changes) },
      });
    });
    return this.load(id);
  }
}

function present(row: repo.OrganisationRow): OrganisationView {
  const { demo: _demo, createdAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    org_Type: rest.org_Type as OrganisationView["org_Type"],
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
