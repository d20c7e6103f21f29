import { randomUUID } from "node:crypto";
import {
  ageOn,
  DomainError,
  invalidAll,
  isoDay,
  SYSTEM,
  type ErrorDetail,
  type PersonFields,
} from "@ariadne/domain";
import { authorize, authorizeList, requireActor } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Db, Executor } from "../db/connection.ts";
import {
  HTCDS_CASE_ROW_FIELDS,
  HTCDS_LOOKUP_TARGETS,
  readHtcdsRows,
  writeHtcdsRows,
  type HtcdsCaseRow,
  type HtcdsFileFormat,
  type HtcdsLookupField,
} from "../htcds-exchange/index.ts";
import * as organisationRepo from "../organisations/organisation-repository.ts";
import type { RequestContext } from "../request-context.ts";
import type { Keyring } from "../security/keyring.ts";
import * as userRepo from "../users/user-repository.ts";
import type { UserService } from "../users/user-service.ts";
import * as repo from "./case-repository.ts";
import { pathwayOf, presentPerson } from "./case-view.ts";
import type { CaseService } from "./case-service.ts";
import { openHtcds, sealHtcds } from "./sealing.ts";

/** Most error details one response carries; the message gives the full count. */
const MAX_DETAILS = 1000;

export const MEDIA_TYPES: Record<HtcdsFileFormat | "zip", string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  zip: "application/zip",
};

/**
 * HTCDS import and export of whole cases (person, victim context, case, consent), in IOM's
 * Excel template, CSV or JSON. Import validates every row, resolves the lookups (organisation
 * and user names) and writes all rows in one transaction, or nothing. Export holds the cases
 * of the exporter's own scope, never cases only shared by referral.
 */
export class CaseExchangeService {
  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly users: UserService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async importFile(
    ctx: RequestContext,
    file: Buffer,
    format: HtcdsFileFormat,
    options: { dateOrder?: "DMY" | "MDY" | undefined; organisationId?: string | undefined } = {},
  ): Promise<{ imported: number; caseIds: string[] }> {
    const organisationId = options.organisationId ?? requireActor(ctx).organisationId;
    if (ctx.actor) {
      await authorize(this.audit, ctx, "case.exchange", SYSTEM);
      await authorize(this.audit, ctx, "case.write", SYSTEM);
    }
    const today = isoDay(this.now());
    const read = await readHtcdsRows(file, format, {
      today,
      ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
    });
    const problems: ErrorDetail[] = read.errors.map((e) => ({
      path: e.row > 0 ? `rows[${e.row}]${e.field ? `.${e.field}` : ""}` : e.field,
      message: e.message,
    }));
    const organisation = await organisationRepo.findById(this.db, organisationId);
    if (!organisation) throw new DomainError("not_found", "The organisation was not found");
    const lookups = await this.lookupTables(organisationId);
    const resolved = read.rows.map((row) => {
      const ids: Partial<Record<HtcdsLookupField, string>> = {};
      for (const field of Object.keys(HTCDS_LOOKUP_TARGETS) as HtcdsLookupField[]) {
        const name = row.values[field];
        if (!name) continue;
        const target = HTCDS_LOOKUP_TARGETS[field];
        if (target === "person") continue; // a new person record is made for it below
        const id = (target === "user" ? lookups.users : lookups.organisations).get(fold(name));
        if (id) ids[field] = id;
        else
          problems.push({
            path: `rows[${row.rowNumber}].${field}`,
            message:
              target === "user"
                ? `no user named "${name}" in your organisation`
                : `no organisation named "${name}" in Ariadne; add it first or leave the cell empty`,
          });
      }
      return { row, ids };
    });
    if (problems.length > 0) {
      problems.sort((a, b) => rowOf(a.path) - rowOf(b.path));
      const rows = new Set(problems.map((p) => rowOf(p.path)));
      throw new DomainError(
        "validation_failed",
        `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${rows.size} row${rows.size === 1 ? "" : "s"}; nothing was imported. First: ${problems[0]?.path ?? ""} ${problems[0]?.message ?? ""}`,
        problems.slice(0, MAX_DETAILS),
      );
    }
    if (read.rows.length === 0) throw invalidAll([{ path: "file", message: "holds no case rows" }]);

    const actorId = ctx.actor?.userId ?? null;
    const pathway = await pathwayOf(this.db, organisation.org_ShippingCountry ?? "*");
    const firstStage = pathway[0]?.key ?? "first_contact";
    const batch = randomUUID();
    const caseIds: string[] = [];
    await this.db.transaction(async (tx) => {
      for (const { row, ids } of resolved) {
        const v = row.values;
        const person = pick(v, "prs_") as PersonFields;
        const personId = randomUUID();
        const caseId = randomUUID();
        await repo.insertPerson(tx, {
          ...sealHtcds(this.keyring, "person", personId, person),
          id: personId,
          organisationId,
          birthYear: person.prs_Birthdate ? Number(person.prs_Birthdate.slice(0, 4)) : null,
          createdBy: actorId,
        });
        await repo.replaceMatchKeys(tx, personId, organisationId, this.cases.matchKeysOf(person));
        const caseWorkers = {
          cas_ReferringPrimaryCaseWorker: await this.namedPerson(
            tx,
            v.cas_ReferringPrimaryCaseWorker,
            organisationId,
            actorId,
          ),
          cas_ReferredPrimaryCaseWorker: await this.namedPerson(
            tx,
            v.cas_ReferredPrimaryCaseWorker,
            organisationId,
            actorId,
          ),
        };
        const closed = v.cas_Status === "Closed" || v.cas_Status === "ClosedReferred";
        await repo.insertCase(tx, {
          ...sealHtcds(
            this.keyring,
            "htcds_case",
            caseId,
            pick(v, "cas_", Object.keys(HTCDS_LOOKUP_TARGETS)),
          ),
          ...pick(v, "vic_", Object.keys(HTCDS_LOOKUP_TARGETS)),
          ...ids,
          ...caseWorkers,
          id: caseId,
          reference: await this.cases.newReference(tx, today),
          organisationId,
          personId,
          cas_Status: v.cas_Status ?? "Active",
          cas_CaseOwner: ids.cas_CaseOwner ?? actorId,
          nrmCountry: organisation.org_ShippingCountry ?? "*",
          nrmStage: firstStage,
          nrmStageSince: today,
          registeredOn: v.cas_IncomingReferralDate ?? today,
          ageAtRegistration: ageOn(person.prs_Birthdate, v.cas_IncomingReferralDate ?? today),
          closedOn: closed ? today : null,
          createdBy: actorId,
        });
        if (v.con_Consent !== undefined)
          // HTCDS records consent to the interview only; sharing needs its own consent later.
          await repo.insertConsent(tx, {
            id: randomUUID(),
            caseId,
            personId,
            con_Consent: v.con_Consent,
            purposes: ["case_management"],
            givenOn: today,
            recordedBy: actorId,
          });
        await this.audit.append(tx, ctx, {
          action: "case.open",
          resourceType: "case",
          resourceId: caseId,
          details: { import: batch, row: row.rowNumber, fields: Object.keys(v) },
        });
        caseIds.push(caseId);
      }
      await this.audit.append(tx, ctx, {
        action: "case.import",
        resourceType: "organisation",
        resourceId: organisationId,
        details: { import: batch, format, cases: caseIds.length },
      });
    });
    return { imported: caseIds.length, caseIds };
  }

  /** Exports the cases in the exporter's own scope; audited with the count, never the content. */
  async exportFile(
    ctx: RequestContext,
    options: { format: HtcdsFileFormat; password?: string | undefined; organisationId?: string | undefined },
  ): Promise<{ file: Buffer; fileName: string; mediaType: string; count: number }> {
    let organisationId = options.organisationId;
    if (ctx.actor) {
      await authorize(this.audit, ctx, "case.exchange", SYSTEM);
      const scope = await authorizeList(this.audit, ctx, "case.read", "case");
      organisationId = "all" in scope ? options.organisationId : ctx.actor.organisationId;
    }
    const rows = await repo.casesForExport(this.db, organisationId);
    const [orgNames, userNames] = await Promise.all([
      organisationRepo.namesOf(this.db, [
        ...new Set(
          rows
            .flatMap((r) => [
              r.case.cas_ReferringOrganisation,
              r.case.cas_ReferredOrganisation,
              r.case.vic_LocationOfRecruitment,
              r.case.vic_LocationOfExploitation,
            ])
            .filter((x): x is string => x !== null),
        ),
      ]),
      this.users.namesOf([
        ...new Set(rows.flatMap((r) => (r.case.cas_CaseOwner ? [r.case.cas_CaseOwner] : []))),
      ]),
    ]);
    const caseWorkerIds = [
      ...new Set(
        rows
          .flatMap((r) => [r.case.cas_ReferringPrimaryCaseWorker, r.case.cas_ReferredPrimaryCaseWorker])
          .filter((x): x is string => x !== null),
      ),
    ];
    const caseWorkers = new Map<string, string>();
    for (const p of await repo.findPersons(this.db, caseWorkerIds)) {
      const open = await openHtcds(this.keyring, "person", p);
      caseWorkers.set(p.id, [open.prs_FirstName, open.prs_SecondName].filter(Boolean).join(" "));
    }
    const out: HtcdsCaseRow[] = [];
    for (const r of rows) {
      const person = await presentPerson(this.keyring, r.person, { identity: true, contact: true });
      const c = await openHtcds(this.keyring, "htcds_case", r.case);
      const org = (id: string | null) => (id ? orgNames.get(id)?.name : undefined);
      const row: Record<string, unknown> = {};
      const put = (key: string, value: unknown) => {
        if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
          row[key] = value;
      };
      for (const [key, value] of Object.entries(person)) if (key.startsWith("prs_")) put(key, value);
      for (const [key, value] of Object.entries(c))
        if ((key.startsWith("cas_") || key.startsWith("vic_")) && !(key in HTCDS_LOOKUP_TARGETS))
          put(key, value);
      put("cas_CaseOwner", r.case.cas_CaseOwner ? userNames.get(r.case.cas_CaseOwner) : undefined);
      put("cas_ReferringOrganisation", org(r.case.cas_ReferringOrganisation));
      put("cas_ReferredOrganisation", org(r.case.cas_ReferredOrganisation));
      put("vic_LocationOfRecruitment", org(r.case.vic_LocationOfRecruitment));
      put("vic_LocationOfExploitation", org(r.case.vic_LocationOfExploitation));
      put(
        "cas_ReferringPrimaryCaseWorker",
        r.case.cas_ReferringPrimaryCaseWorker
          ? caseWorkers.get(r.case.cas_ReferringPrimaryCaseWorker)
          : undefined,
      );
      put(
        "cas_ReferredPrimaryCaseWorker",
        r.case.cas_ReferredPrimaryCaseWorker
          ? caseWorkers.get(r.case.cas_ReferredPrimaryCaseWorker)
          : undefined,
      );
      put("con_Consent", r.consent);
      out.push(row);
    }
    const file = await writeHtcdsRows(out, options.format, {
      fields: HTCDS_CASE_ROW_FIELDS,
      ...(options.password ? { password: options.password } : {}),
    });
    await this.audit.record(ctx, {
      action: "case.export",
      resourceType: "organisation",
      ...(organisationId ? { resourceId: organisationId } : {}),
      details: { format: options.format, cases: out.length, encrypted: options.password !== undefined },
    });
    const stamp = isoDay(this.now());
    return {
      file,
      fileName: `htcds-cases-${stamp}.${options.password ? "zip" : options.format}`,
      mediaType: MEDIA_TYPES[options.password ? "zip" : options.format],
      count: out.length,
    };
  }

  /** Names that lookups may use: the organisation's users and every organisation, folded. */
  private async lookupTables(organisationId: string) {
    const organisations = new Map<string, string>();
    for (const o of await organisationRepo.list(this.db, { includeInactive: false }))
      organisations.set(fold(o.org_Name), o.id);
    const ids = await userRepo.idsInOrganisation(this.db, organisationId);
    const names = await this.users.namesOf(ids);
    const users = new Map([...names].map(([id, name]) => [fold(name), id]));
    return { organisations, users };
  }

  /** A person lookup holds a name: it becomes a person record of the organisation. */
  private async namedPerson(
    tx: Executor,
    name: string | undefined,
    organisationId: string,
    actorId: string | null,
  ) {
    if (!name) return null;
    const id = randomUUID();
    await repo.insertPerson(tx, {
      ...sealHtcds(this.keyring, "person", id, { prs_FirstName: name }),
      id,
      organisationId,
      createdBy: actorId,
    });
    return id;
  }
}

const fold = (name: string) => name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

function rowOf(path: string): number {
  const m = /^rows\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : 0;
}

/** The row's values of one HTCDS table, without the lookup fields. */
function pick(values: HtcdsCaseRow, prefix: string, except: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([k]) => k.startsWith(prefix) && !except.includes(k)),
  );
}
