import { randomUUID } from "node:crypto";
import {
  conflict,
  DomainError,
  invalidAll,
  notFound,
  SYSTEM,
  type TraffickerObservation,
  type VictimObservation,
} from "@ariadne/domain";
import {
  aggregate,
  categoryIndexer,
  chargeRelease,
  checkRelease,
  createLedger,
  cryptoRandom,
  defineDimension,
  parseLedgerState,
  PrivacyError,
  ledgerSpend,
  rationals,
  suppressSmallCells,
  type LedgerState,
  type RandomSource,
} from "@ariadne/privacy";
import { authorize } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Db, Executor } from "../db/connection.ts";
import type { RequestContext } from "../request-context.ts";
import { identityGroups, traffickerObservations, victimObservations } from "./observations.ts";
import * as repo from "./stats-repository.ts";
import { buildTables, protect, victimsByYear, type Protection, type StatTable } from "./tables.ts";

/** The privacy budget of a dataset when it is created: ε for all its DP releases together. */
export const DEFAULT_BUDGET = { epsilon: "4", delta: "1/100000" } as const;

export interface ReleaseInput {
  readonly datasetId: string;
  readonly year: number;
  readonly title: string;
  readonly method: "suppression" | "dp-geometric";
  readonly threshold: number;
  /** Total ε of this release, split evenly over its tables (DP only). */
  readonly epsilon?: string | undefined;
  readonly public: boolean;
}

/**
 * Know: statistics computed from the case data (or an imported dataset) the way Eurostat
 * counts, shown exact only to holders of stats.exact, and otherwise protected by
 * suppression or differential privacy. Publication is a recorded release; DP releases are
 * charged to the dataset's ledger, which refuses what the budget cannot take.
 */
export class StatsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly now: () => Date = () => new Date(),
    private readonly random: RandomSource = cryptoRandom(),
  ) {}

  /** The live case data as a dataset; created at start with the instance's reporting country. */
  static async ensureCasesDataset(ex: Executor, reportingCountry: string): Promise<void> {
    if (await repo.casesDataset(ex)) return;
    const id = randomUUID();
    await repo.insertDataset(ex, {
      id,
      name: "Case records",
      kind: "cases",
      reportingCountry,
      ledger: createLedger(id, DEFAULT_BUDGET),
    });
  }

  async datasets(ctx: RequestContext) {
    await authorize(this.audit, ctx, "stats.read", SYSTEM);
    const rows = await repo.listDatasets(this.db);
    return rows.map((r) => {
      const ledger = this.ledgerOf(r);
      const spent = ledgerSpend(ledger);
      return {
        id: r.id,
        name: r.name,
        kind: r.kind as "cases" | "microdata" | "aggregate",
        format: r.format,
        reportingCountry: r.reportingCountry,
        budget: { epsilon: ledger.budget.epsilon, delta: ledger.budget.delta },
        spent: {
          epsilon: rationals.formatRational(spent.epsilon),
          delta: rationals.formatRational(spent.delta),
        },
        releases: ledger.releases.length,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }

  private ledgerOf(row: repo.DatasetRow): LedgerState {
    const parsed = parseLedgerState(row.ledger);
    if (!parsed.ok)
      throw new Error(`the ledger of dataset ${row.id} does not parse: ${parsed.issues[0]?.message ?? ""}`);
    return parsed.value;
  }

  private async dataset(id: string): Promise<repo.DatasetRow> {
    const row = await repo.findDataset(this.db, id);
    if (!row) throw notFound("The dataset");
    return row;
  }

  /** Observations of a dataset: computed from the cases, or the imported microdata. */
  async observations(
    dataset: repo.DatasetRow,
  ): Promise<{ victims: VictimObservation[]; traffickers: TraffickerObservation[] }> {
    if (dataset.kind === "cases") {
      const [facts, links, countries, proceedings] = await Promise.all([
        repo.caseFacts(this.db),
        repo.identityKeys(this.db),
        repo.exploitationCountries(this.db),
        repo.proceedingFacts(this.db),
      ]);
      const personOf = identityGroups(links);
      return {
        victims: victimObservations(facts, personOf, countries),
        traffickers: traffickerObservations(proceedings, personOf),
      };
    }
    if (dataset.kind === "microdata") {
      const rows = await repo.observationsOf(this.db, dataset.id);
      return {
        victims: rows.map((r) => ({
          person: r.person,
          year: r.year,
          status: r.status as VictimObservation["status"],
          sex: r.sex as VictimObservation["sex"],
          age: r.age,
          citizenship: r.citizenship,
          forms: r.forms as VictimObservation["forms"],
          countryOfExploitation: r.countryOfExploitation,
        })),
        traffickers: [],
      };
    }
    throw new DomainError(
      "validation_failed",
      "An aggregate dataset holds published figures, not records to count",
    );
  }

  /**
   * The tables of one year. `exact` needs stats.exact and is audited; anything else is
   * protected by suppression at the given threshold (no budget is spent: suppression is
   * deterministic, the same request gives the same table).
   */
  async tables(
    ctx: RequestContext,
    input: { datasetId: string; year: number; exact: boolean; threshold: number },
  ): Promise<{ tables: StatTable[]; trend: { year: number; count: number | null }[] }> {
    await authorize(this.audit, ctx, input.exact ? "stats.exact" : "stats.read", SYSTEM);
    const dataset = await this.dataset(input.datasetId);
    const { victims, traffickers } = await this.observations(dataset);
    const built = buildTables(victims, traffickers, input.year, dataset.reportingCountry);
    const protection: Protection = input.exact
      ? { method: "exact" }
      : { method: "suppression", threshold: input.threshold };
    const { tables } = protect(built, protection, {
      year: input.year,
      releaseId: "view",
      at: this.now().toISOString(),
      random: this.random,
    });
    if (input.exact)
      await this.audit.record(ctx, {
        action: "stats.exact.read",
        resourceType: "stats_dataset",
        resourceId: dataset.id,
        details: { year: input.year },
      });
    return { tables, trend: this.trend(victims, input.exact ? null : input.threshold) };
  }

  /** Registered victims per year; with a threshold, small years withheld. */
  private trend(victims: readonly VictimObservation[], threshold: number | null) {
    const exact = victimsByYear(victims);
    if (threshold === null) return exact;
    const years = defineDimension(
      "year",
      exact.map((e) => String(e.year)),
    );
    const yearOf = categoryIndexer(years);
    const { tables } = aggregate(
      victims,
      [{ id: "trend", dimensions: [{ dimension: years, value: (v) => yearOf(String(v.year)) }] }],
      {
        person: (v) => `${v.person}|${v.year}`,
        contributionBound: 1,
      },
    );
    const table = tables[0];
    if (!table) return [];
    const { published } = suppressSmallCells(table, { threshold });
    return exact.map((e, i) => ({ year: e.year, count: published.cells[i] ?? null }));
  }

  /**
   * Publishes protected tables of one year as a release. A DP release is charged to the
   * dataset's ledger in the same transaction as it is recorded; a release over budget is
   * refused with the reason and nothing is recorded.
   */
  async release(ctx: RequestContext, input: ReleaseInput): Promise<{ id: string; tables: StatTable[] }> {
    const actor = await authorize(this.audit, ctx, "stats.publish", SYSTEM);
    const dataset = await this.dataset(input.datasetId);
    const issues: { path: string; message: string }[] = [];
    if (!Number.isInteger(input.threshold) || input.threshold < 2)
      issues.push({ path: "threshold", message: "must be a whole number of at least 2" });
    if (input.method === "dp-geometric" && !input.epsilon)
      issues.push({ path: "epsilon", message: "is required for a DP release" });
    if (issues.length > 0) throw invalidAll(issues);
    const { victims, traffickers } = await this.observations(dataset);
    const built = buildTables(victims, traffickers, input.year, dataset.reportingCountry);
    const id = randomUUID();
    const at = this.now().toISOString();
    let protection: Protection;
    try {
      if (input.method === "dp-geometric") {
        const total = rationals.parseRational(input.epsilon ?? "", "epsilon");
        if (total.num <= 0n) throw invalidAll([{ path: "epsilon", message: "must be greater than 0" }]);
        const perTable = rationals.formatRational(
          rationals.div(total, rationals.rational(BigInt(built.length))),
        );
        protection = {
          method: "dp-geometric",
          epsilonPerTable: perTable,
          delta: "1/1000000",
          threshold: input.threshold,
        };
      } else protection = { method: "suppression", threshold: input.threshold };
      const ledger = this.ledgerOf(dataset);
      const { tables, releases } = protect(built, protection, {
        year: input.year,
        releaseId: id,
        at,
        random: this.random,
      });
      const next = releases.length > 0 ? this.charge(ledger, releases) : ledger;
      await this.db.transaction(async (tx) => {
        if (releases.length > 0 && !(await repo.updateLedger(tx, dataset.id, dataset.version, next)))
          throw conflict("The dataset's ledger changed during this release; try again");
        await repo.insertRelease(tx, {
          id,
          datasetId: dataset.id,
          year: input.year,
          title: input.title,
          method: input.method,
          parameters: {
            threshold: input.threshold,
            ...(input.epsilon
              ? {
                  epsilon: input.epsilon,
                  epsilonPerTable: (protection as { epsilonPerTable?: string }).epsilonPerTable,
                }
              : {}),
          },
          tables,
          public: input.public,
          createdBy: actor.userId,
        });
        await this.audit.append(tx, ctx, {
          action: "stats.release",
          resourceType: "stats_dataset",
          resourceId: dataset.id,
          details: {
            release: id,
            year: input.year,
            method: input.method,
            threshold: input.threshold,
            epsilon: input.epsilon ?? null,
            public: input.public,
            tables: tables.length,
          },
        });
      });
      return { id, tables };
    } catch (error) {
      if (error instanceof PrivacyError) throw privacyToDomain(error);
      throw error;
    }
  }

  private charge(ledger: LedgerState, releases: Parameters<typeof chargeRelease>[1]): LedgerState {
    const verdict = checkRelease(ledger, releases);
    if (!verdict.ok) {
      throw new DomainError(
        verdict.code === "budget_exceeded" ? "conflict" : "validation_failed",
        `The release was refused: ${verdict.issues[0]?.message ?? "over budget"}`,
        verdict.issues,
      );
    }
    return chargeRelease(ledger, releases);
  }

  /** Releases: all for stats.read holders, or only public ones for everyone. */
  async releases(ctx: RequestContext | null) {
    if (ctx) await authorize(this.audit, ctx, "stats.read", SYSTEM);
    const rows = await repo.listReleases(this.db, ctx === null);
    return rows.map((r) => ({
      id: r.id,
      datasetId: r.datasetId,
      year: r.year,
      title: r.title,
      method: r.method as "suppression" | "dp-geometric",
      parameters: r.parameters,
      tables: r.tables as StatTable[],
      public: r.public,
      createdAt: r.createdAt.toISOString(),
    }));
  }
}

function privacyToDomain(error: PrivacyError): DomainError {
  return new DomainError(
    error.code === "budget_exceeded" ? "conflict" : "validation_failed",
    error.message,
    error.issues.map((i) => ({ path: i.path, message: i.message })),
  );
}
