import { randomUUID } from "node:crypto";
import {
  conflict,
  decide,
  DomainError,
  EMPTY_PREFERENCES,
  EMPTY_SAFETY,
  ILO_EC_2009,
  indicatorsFor,
  invalid,
  nextSteps,
  notFound,
  parseCatalogue,
  pathwayFor,
  preferencesSchema,
  safetySchema,
  setFor,
  SYSTEM,
  validateAnswers,
  type Answer,
  type Catalogue,
  type ExploitationForm,
  type IndicatorSet,
  type Preferences,
  type Resource,
  type Safety,
  type ScreenerRole,
  type ScreeningDecision,
} from "@ariadne/domain";
import { authorize, authorizeList, requireActor } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Db, Executor } from "../db/connection.ts";
import type { RequestContext } from "../request-context.ts";
import { aad } from "../security/encrypted-columns.ts";
import type { Keyring } from "../security/keyring.ts";
import * as repo from "./screening-repository.ts";
import type { SaveScreeningInput, ScreeningSummary, ScreeningView } from "./screening-schema.ts";

const screeningResource = (row: repo.ScreeningRow): Resource => ({
  kind: "record",
  type: "screening",
  id: row.id,
  organisationId: row.organisationId,
  ownerId: row.ownerId,
});

/**
 * Identify: guided, anonymous screenings against a versioned indicator catalogue. Drafts are
 * saved step by step (optimistic concurrency), completion fixes the explained decision.
 */
export class ScreeningService {
  /** Parsed catalogues by `id@version`; versions are immutable, so they cache forever. */
  private readonly catalogues = new Map<string, Catalogue>();

  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
  ) {}

  /** Ships the built-in catalogue; run at every start, idempotent. */
  static async ensureShippedCatalogue(ex: Executor): Promise<void> {
    if (await repo.findCatalogue(ex, ILO_EC_2009.id, ILO_EC_2009.version)) return;
    const active = await repo.activeCatalogue(ex);
    await repo.insertCatalogue(
      ex,
      { id: ILO_EC_2009.id, version: ILO_EC_2009.version, content: ILO_EC_2009 },
      !active,
    );
  }

  async listCatalogues() {
    const rows = await repo.listCatalogues(this.db);
    return Promise.all(
      rows.map(async (r) => {
        const c = await this.catalogue(r.id, r.version);
        return {
          id: r.id,
          version: r.version,
          title: { ...c.title },
          active: r.active,
          verified: c.rules.verified && Object.values(c.sets).every((s) => s.verified),
          loadedAt: r.loadedAt.toISOString(),
        };
      }),
    );
  }

  /** `ex`: pass the open transaction when inside one (PGlite has a single connection). */
  async catalogue(id: string, version: string, ex: Executor = this.db): Promise<Catalogue> {
    const key = `${id}@${version}`;
    const cached = this.catalogues.get(key);
    if (cached) return cached;
    const row = await repo.findCatalogue(ex, id, version);
    if (!row) throw notFound(`The catalogue ${key}`);
    const parsed = parseCatalogue(row.content);
    if (!parsed.ok)
      throw new Error(`stored catalogue ${key} no longer parses: ${parsed.issues[0]?.message ?? ""}`);
    this.catalogues.set(key, parsed.value);
    return parsed.value;
  }

  /** An administrator loads a revised catalogue version; new screenings use it from then on. */
  async loadCatalogue(
    ctx: RequestContext,
    input: unknown,
    activate = true,
  ): Promise<{ id: string; version: string }> {
    await authorize(this.audit, ctx, "screening.configure", SYSTEM);
    return this.loadCatalogueAsSystem(ctx, input, activate);
  }

  /** The same without the permission check, for the CLI acting on the operator's behalf. */
  async loadCatalogueAsSystem(
    ctx: RequestContext,
    input: unknown,
    activate: boolean,
  ): Promise<{ id: string; version: string }> {
    const parsed = parseCatalogue(input);
    if (!parsed.ok) {
      const first = parsed.issues[0];
      throw new DomainError(
        "validation_failed",
        `Invalid catalogue: ${first?.path ?? ""} ${first?.message ?? ""}`.trim(),
        parsed.issues,
      );
    }
    const c = parsed.value;
    await this.db.transaction(async (tx) => {
      if (await repo.findCatalogue(tx, c.id, c.version)) {
        throw conflict(
          `version: catalogue ${c.id} version ${c.version} exists; give the revision a new version`,
        );
      }
      const actor = ctx.actor;
      await repo.insertCatalogue(
        tx,
        { id: c.id, version: c.version, content: c, loadedBy: actor?.userId ?? null },
        activate,
      );
      await this.audit.append(tx, ctx, {
        action: "screening_catalogue.load",
        resourceType: "screening_catalogue",
        resourceId: `${c.id}@${c.version}`,
        details: { indicators: c.indicators.length, activate },
      });
    });
    return { id: c.id, version: c.version };
  }

  async create(
    ctx: RequestContext,
    input: { screenerRole: ScreenerRole; language: "en" | "fr" | "de" },
  ): Promise<ScreeningView> {
    const actor = await authorize(this.audit, ctx, "screening.create", SYSTEM);
    const active = await repo.activeCatalogue(this.db);
    if (!active) throw new Error("no active screening catalogue");
    const id = randomUUID();
    await this.db.transaction(async (tx) => {
      await repo.insert(tx, {
        id,
        organisationId: actor.organisationId,
        ownerId: actor.userId,
        catalogueId: active.id,
        catalogueVersion: active.version,
        status: "draft",
        screenerRole: input.screenerRole,
        language: input.language,
        safety: EMPTY_SAFETY,
        preferences: EMPTY_PREFERENCES,
        pathway: "adult",
        answers: {},
      });
      await this.audit.append(tx, ctx, {
        action: "screening.create",
        resourceType: "screening",
        resourceId: id,
        details: { catalogue: `${active.id}@${active.version}`, screenerRole: input.screenerRole },
      });
    });
    return this.present(await this.load(id));
  }

  /** Summaries hold no personal data (no notes), so listing is not a personal-data read. */
  async list(ctx: RequestContext, status: "draft" | "completed" | "all"): Promise<ScreeningSummary[]> {
    const scope = await authorizeList(this.audit, ctx, "screening.read", "screening");
    return (await repo.list(this.db, scope, status)).map(summary);
  }

  async get(ctx: RequestContext, id: string): Promise<ScreeningView> {
    const row = await this.load(id);
    await authorize(this.audit, ctx, "screening.read", screeningResource(row));
    await this.audit.record(ctx, { action: "screening.read", resourceType: "screening", resourceId: id });
    return this.present(row);
  }

  /** Saves one step: merges what was sent, re-derives the pathway and set, validates the answers. */
  async save(ctx: RequestContext, id: string, input: SaveScreeningInput): Promise<ScreeningView> {
    const row = await this.loadDraftForChange(ctx, id);
    if (input.catalogueVersion !== undefined && input.catalogueVersion !== row.catalogueVersion) {
      throw invalid(
        "catalogueVersion",
        `the answers were given for catalogue version ${input.catalogueVersion}, but this screening uses ${row.catalogueVersion}`,
      );
    }
    const catalogue = await this.catalogue(row.catalogueId, row.catalogueVersion);
    const safety: Safety = safetySchema.parse({ ...row.safety, ...input.safety });
    const preferences: Preferences = preferencesSchema.parse({ ...row.preferences, ...input.preferences });
    const exploitation =
      input.exploitation === undefined ? (row.exploitation as ExploitationForm | null) : input.exploitation;
    const pathway = pathwayFor(safety);
    const set = setFor(pathway, exploitation);

    let answers = row.answers as Record<string, Answer>;
    let dropped = 0;
    if (set) {
      // The pathway or form may have changed: keep only answers that belong to the new set.
      const inSet = new Set(indicatorsFor(catalogue, set).map((i) => i.id));
      const kept = Object.entries(answers).filter(([key]) => inSet.has(key));
      dropped = Object.keys(answers).length - kept.length;
      answers = Object.fromEntries(kept);
    }
    if (input.answers && Object.keys(input.answers).length > 0) {
      if (!set) throw invalid("exploitation", "choose the form of exploitation before answering indicators");
      const checked = validateAnswers(catalogue, set, input.answers);
      if (!checked.ok) {
        const first = checked.issues[0];
        throw new DomainError(
          "validation_failed",
          `${first?.path ?? "answers"}: ${first?.message ?? "invalid"}`,
          checked.issues,
        );
      }
      answers = { ...answers, ...checked.value };
    }

    const notes = new Map(Object.entries(await this.notesOf(row)));
    for (const [key, note] of Object.entries(input.notes ?? {})) {
      if (set && !indicatorsFor(catalogue, set).some((i) => i.id === key)) {
        throw invalid(`notes.${key}`, `${key} is not an indicator of the ${set} set`);
      }
      if (note === "") notes.delete(key);
      else notes.set(key, note);
    }
    const safetyConcerns =
      input.safetyConcerns === undefined ? await this.concernsOf(row) : input.safetyConcerns || null;

    await this.db.transaction(async (tx) => {
      const ok = await repo.updateVersioned(tx, id, input.version, {
        safety,
        preferences,
        exploitation,
        pathway,
        indicatorSet: set,
        answers,
        notesEnc:
          notes.size > 0
            ? this.keyring.encrypt(JSON.stringify(Object.fromEntries(notes)), aad("screening.notes", id))
            : null,
        safetyConcernsEnc: safetyConcerns
          ? this.keyring.encrypt(safetyConcerns, aad("screening.safety_concerns", id))
          : null,
      });
      if (!ok) throw conflict("This screening was saved elsewhere since you read it; reload to continue");
      await this.audit.append(tx, ctx, {
        action: "screening.save",
        resourceType: "screening",
        resourceId: id,
        details: {
          fields: Object.keys(input).filter((k) => k !== "version"),
          answers: Object.keys(input.answers ?? {}).length,
          ...(dropped > 0 ? { droppedForNewSet: dropped } : {}),
        },
      });
    });
    return this.present(await this.load(id));
  }

  /** Fixes the decision. The outcome is computed here, never taken from the client. */
  async complete(ctx: RequestContext, id: string, version: number): Promise<ScreeningView> {
    const row = await this.loadDraftForChange(ctx, id);
    const set = row.indicatorSet as IndicatorSet | null;
    if (!set) throw invalid("exploitation", "choose the form of exploitation before completing");
    const decision = decide(
      await this.catalogue(row.catalogueId, row.catalogueVersion),
      set,
      row.answers as Record<string, Answer>,
    );
    await this.db.transaction(async (tx) => {
      const ok = await repo.updateVersioned(tx, id, version, {
        status: "completed",
        outcome: decision,
        outcomeLevel: decision.level,
        completedAt: new Date(),
      });
      if (!ok) throw conflict("This screening was saved elsewhere since you read it; reload to continue");
      await this.audit.append(tx, ctx, {
        action: "screening.complete",
        resourceType: "screening",
        resourceId: id,
        details: { level: decision.level, set, catalogue: `${row.catalogueId}@${row.catalogueVersion}` },
      });
    });
    return this.present(await this.load(id));
  }

  /** For demo data and imports: writes a screening as given, inside the caller's transaction. */
  async insertCompleted(
    tx: Executor,
    ctx: RequestContext,
    input: {
      ownerId: string;
      organisationId: string;
      screenerRole: ScreenerRole;
      safety: Safety;
      exploitation: ExploitationForm;
      answers: Record<string, Answer>;
      demo: boolean;
    },
  ): Promise<string> {
    const active = await repo.activeCatalogue(tx);
    if (!active) throw new Error("no active screening catalogue");
    const catalogue = await this.catalogue(active.id, active.version, tx);
    const pathway = pathwayFor(input.safety);
    const set = setFor(pathway, input.exploitation);
    if (!set) throw new Error("unreachable: a form is given");
    const checked = validateAnswers(catalogue, set, input.answers);
    if (!checked.ok) throw new Error(`demo answers do not fit ${set}: ${checked.issues[0]?.message ?? ""}`);
    const decision = decide(catalogue, set, checked.value);
    const id = randomUUID();
    await repo.insert(tx, {
      id,
      organisationId: input.organisationId,
      ownerId: input.ownerId,
      catalogueId: active.id,
      catalogueVersion: active.version,
      status: "completed",
      screenerRole: input.screenerRole,
      language: "en",
      safety: input.safety,
      preferences: EMPTY_PREFERENCES,
      exploitation: input.exploitation,
      pathway,
      indicatorSet: set,
      answers: { ...checked.value },
      outcome: decision,
      outcomeLevel: decision.level,
      demo: input.demo,
      completedAt: new Date(),
    });
    await this.audit.append(tx, ctx, {
      action: "screening.complete",
      resourceType: "screening",
      resourceId: id,
      details: { level: decision.level, set, demo: input.demo },
    });
    return id;
  }

  private async load(id: string): Promise<repo.ScreeningRow> {
    const row = await repo.findById(this.db, id);
    if (!row) throw notFound("The screening");
    return row;
  }

  private async loadDraftForChange(ctx: RequestContext, id: string): Promise<repo.ScreeningRow> {
    const row = await this.load(id);
    await authorize(this.audit, ctx, "screening.create", screeningResource(row));
    requireActor(ctx);
    if (row.status !== "draft") throw conflict("This screening is completed and can no longer change");
    return row;
  }

  private async notesOf(row: repo.ScreeningRow): Promise<Record<string, string>> {
    const json = await this.keyring.decryptOptional(row.notesEnc, aad("screening.notes", row.id));
    return json ? (JSON.parse(json) as Record<string, string>) : {};
  }

  private concernsOf(row: repo.ScreeningRow): Promise<string | null> {
    return this.keyring.decryptOptional(row.safetyConcernsEnc, aad("screening.safety_concerns", row.id));
  }

  private async present(row: repo.ScreeningRow): Promise<ScreeningView> {
    const safety = safetySchema.parse(row.safety);
    const preferences = preferencesSchema.parse(row.preferences);
    const set = row.indicatorSet as IndicatorSet | null;
    const outcome = (row.outcome as ScreeningDecision | null) ?? null;
    const preview =
      row.status === "draft" && set
        ? decide(
            await this.catalogue(row.catalogueId, row.catalogueVersion),
            set,
            row.answers as Record<string, Answer>,
          )
        : null;
    return {
      id: row.id,
      status: row.status as ScreeningView["status"],
      catalogue: { id: row.catalogueId, version: row.catalogueVersion },
      screenerRole: row.screenerRole as ScreenerRole,
      language: row.language as ScreeningView["language"],
      safety,
      preferences,
      safetyConcerns: await this.concernsOf(row),
      exploitation: row.exploitation as ExploitationForm | null,
      pathway: row.pathway as ScreeningView["pathway"],
      indicatorSet: set,
      answers: row.answers as Record<string, Answer>,
      notes: await this.notesOf(row),
      preview,
      outcome,
      nextSteps: nextSteps(outcome ?? preview, safety, preferences),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      completedAt: row.completedAt?.toISOString() ?? null,
      version: row.version,
    };
  }
}

function summary(row: repo.ScreeningRow): ScreeningSummary {
  return {
    id: row.id,
    status: row.status as ScreeningSummary["status"],
    catalogue: { id: row.catalogueId, version: row.catalogueVersion },
    screenerRole: row.screenerRole as ScreenerRole,
    pathway: row.pathway as ScreeningSummary["pathway"],
    indicatorSet: row.indicatorSet as IndicatorSet | null,
    level: row.outcomeLevel as ScreeningSummary["level"],
    answered: Object.values(row.answers).filter((a) => a !== "not_asked").length,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    version: row.version,
  };
}
