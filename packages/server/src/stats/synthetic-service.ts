import { randomUUID } from "node:crypto";
import { conflict, invalidAll, notFound, SYSTEM, type ErrorDetail } from "@ariadne/domain";
import {
  computeMarginals,
  cryptoRandom,
  PrivacyError,
  protectByDp,
  protectBySuppression,
  rationals,
  riskReport,
  synthesize,
  utilityReport,
  type Marginals,
  type RandomSource,
  type ReleaseRecord,
  type RiskReport,
} from "@ariadne/privacy";
import { authorize } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Db } from "../db/connection.ts";
import type { RequestContext } from "../request-context.ts";
import * as repo from "./stats-repository.ts";
import type { SynthesisRequest, SyntheticReleaseView } from "./stats-schema.ts";
import { privacyToDomain, type StatsService } from "./stats-service.ts";
import {
  combinationCells,
  isSyntheticAttribute,
  MAX_COMBINATION_LENGTH,
  MAX_COMBINATIONS,
  MAX_SYNTHETIC_RECORDS,
  observationMicrodata,
  packRows,
  SYNTHESIS_DELTA,
  syntheticCsv,
  syntheticDimensions,
  unpackRows,
  type StoredAttribute,
  type SyntheticAttribute,
} from "./synthetic.ts";

/** What a synthesis is asked: the parsed request (the CLI and the route parse the same schema). */
export type SynthesisInput = Omit<SynthesisRequest, "attributes"> & {
  readonly attributes: readonly string[];
};

export interface SyntheticFile {
  readonly file: Buffer;
  readonly mediaType: string;
  readonly fileName: string;
}

/**
 * Synthetic microdata for sharing (Know): records generated from a dataset's marginals of up
 * to k attributes after protection, by suppression or by differential privacy charged to the
 * dataset's ledger like a DP release. No record holds a combination of up to k values that
 * the protected marginals do not show. Each synthesis is recorded with its parameters, its
 * utility report and its risk report; the risk report describes the sensitive data and is
 * read with stats.exact only (audited, like exact tables).
 */
export class SyntheticService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly stats: StatsService,
    private readonly now: () => Date = () => new Date(),
    private readonly random: RandomSource = cryptoRandom(),
  ) {}

  async create(ctx: RequestContext, input: SynthesisInput): Promise<SyntheticReleaseView> {
    const actorId = ctx.actor ? (await authorize(this.audit, ctx, "stats.publish", SYSTEM)).userId : null;
    const attributes = checkInput(input);
    const dataset = await this.stats.dataset(input.datasetId);
    if (dataset.kind === "aggregate")
      throw invalidAll([
        {
          path: "datasetId",
          message: "is an aggregate dataset: it holds published figures, not records to synthesise from",
        },
      ]);
    const scope = {
      fromYear: input.fromYear,
      toYear: input.toYear,
      reportingCountry: dataset.reportingCountry,
    };
    const k = input.combinationLength;
    const dimensions = syntheticDimensions(attributes, scope);
    const cells = combinationCells(dimensions, k);
    if (cells > MAX_COMBINATIONS)
      throw invalidAll([
        {
          path: "attributes",
          message: `with combinations of up to ${k} these attributes have ${cells.toLocaleString("en")} possible combinations to count, more than ${MAX_COMBINATIONS.toLocaleString("en")}: choose fewer attributes (countries especially) or shorter combinations`,
        },
      ]);
    const { victims } = await this.stats.observations(dataset);
    const sensitive = observationMicrodata(victims, attributes, dimensions, scope);
    const id = randomUUID();
    const at = this.now().toISOString();
    try {
      const exact = computeMarginals(sensitive, k);
      let shown: Marginals;
      let releases: readonly ReleaseRecord[] = [];
      if (input.method === "dp-geometric") {
        const dp = protectByDp(exact, {
          epsilon: input.epsilon ?? "",
          delta: SYNTHESIS_DELTA,
          random: this.random,
          id,
          at,
        });
        shown = dp.marginals;
        releases = dp.releases;
      } else shown = protectBySuppression(exact, input.threshold);

      const protectedTotal = shown.tables.get(0)?.counts[0] ?? 0;
      if (input.records === undefined && protectedTotal > MAX_SYNTHETIC_RECORDS)
        throw invalidAll([
          {
            path: "records",
            message: `the protected total is ${protectedTotal}, more than the ${MAX_SYNTHETIC_RECORDS} records one synthesis makes: give a number of records`,
          },
        ]);
      // Refused over budget before any work on the records; nothing is recorded.
      const ledger = this.stats.ledgerOf(dataset);
      const next = releases.length > 0 ? this.stats.charge(ledger, [...releases]) : ledger;

      const made = synthesize(shown, {
        random: this.random,
        ...(input.records === undefined ? {} : { count: input.records }),
      });
      const utility = { ...utilityReport(exact, shown, made.data), abandoned: made.abandoned };
      const risk = riskReport(sensitive, k, input.threshold, made.data);
      const first = releases[0];
      const parameters: SyntheticReleaseView["parameters"] = {
        fromYear: input.fromYear,
        toYear: input.toYear,
        attributes: [...attributes],
        combinationLength: k,
        threshold: input.threshold,
        requestedRecords: input.records ?? null,
        tables: exact.tables.size,
        ...(input.method === "dp-geometric" && first?.mechanism === "thresholded-geometric"
          ? {
              epsilon: input.epsilon ?? "",
              epsilonPerTable: first.epsilon,
              delta: SYNTHESIS_DELTA,
              selectionThreshold: first.threshold,
            }
          : {}),
      };
      const stored: StoredAttribute[] = dimensions.map((d) => ({
        name: d.name,
        categories: [...d.categories],
      }));
      await this.db.transaction(async (tx) => {
        if (releases.length > 0 && !(await repo.updateLedger(tx, dataset.id, dataset.version, next)))
          throw conflict("The dataset's ledger changed during this synthesis; try again");
        await repo.insertSynthetic(tx, {
          id,
          datasetId: dataset.id,
          title: input.title,
          method: input.method,
          parameters,
          attributes: stored,
          records: made.data.count,
          rows: packRows(made.data.rows),
          utility,
          risk,
          createdBy: actorId,
          createdAt: new Date(at),
        });
        await this.audit.append(tx, ctx, {
          action: "stats.release",
          resourceType: "stats_dataset",
          resourceId: dataset.id,
          details: {
            kind: "synthetic",
            synthetic: id,
            method: input.method,
            threshold: input.threshold,
            epsilon: input.epsilon ?? null,
            combinationLength: k,
            attributes: [...attributes],
            years: [input.fromYear, input.toYear],
            records: made.data.count,
          },
        });
      });
      return {
        id,
        datasetId: dataset.id,
        title: input.title,
        method: input.method,
        parameters,
        records: made.data.count,
        utility,
        createdAt: at,
      };
    } catch (error) {
      if (error instanceof PrivacyError) throw privacyToDomain(error);
      throw error;
    }
  }

  /** Every synthetic release, newest first, with parameters and utility. */
  async list(ctx: RequestContext): Promise<SyntheticReleaseView[]> {
    if (ctx.actor) await authorize(this.audit, ctx, "stats.publish", SYSTEM);
    return (await repo.listSynthetic(this.db)).map(view);
  }

  /** The synthetic records as CSV. */
  async recordsCsv(ctx: RequestContext, id: string): Promise<SyntheticFile> {
    if (ctx.actor) await authorize(this.audit, ctx, "stats.publish", SYSTEM);
    const row = await this.find(id);
    const attributes = row.attributes as StoredAttribute[];
    return {
      file: Buffer.from(syntheticCsv(attributes, unpackRows(row.rows))),
      mediaType: "text/csv; charset=utf-8",
      fileName: `ariadne-synthetic-${row.id.slice(0, 8)}.csv`,
    };
  }

  /** The utility report with the parameters it was made with, as a JSON file to share with the records. */
  async utilityFile(ctx: RequestContext, id: string): Promise<SyntheticFile> {
    if (ctx.actor) await authorize(this.audit, ctx, "stats.publish", SYSTEM);
    const {
      id: releaseId,
      title,
      method,
      parameters,
      records,
      utility,
      createdAt,
    } = view(await this.find(id));
    return {
      file: Buffer.from(
        `${JSON.stringify({ id: releaseId, title, method, parameters, records, utility, createdAt }, null, 2)}\n`,
      ),
      mediaType: "application/json; charset=utf-8",
      fileName: `ariadne-synthetic-${releaseId.slice(0, 8)}-utility.json`,
    };
  }

  /** The risk report: internal, stats.exact only, and every read is audited. */
  async risk(ctx: RequestContext, id: string): Promise<RiskReport> {
    if (ctx.actor) await authorize(this.audit, ctx, "stats.exact", SYSTEM);
    const row = await this.find(id);
    await this.audit.record(ctx, {
      action: "stats.exact.read",
      resourceType: "stats_dataset",
      resourceId: row.datasetId,
      details: { synthetic: row.id, report: "risk" },
    });
    return row.risk as RiskReport;
  }

  private async find(id: string): Promise<repo.SyntheticRow> {
    const row = await repo.findSynthetic(this.db, id);
    if (!row) throw notFound("The synthetic release");
    return row;
  }
}

/**
 * What the route's schema already refuses, checked again for callers that skip it (the CLI
 * parses the same schema; tests call the service), with the same words.
 */
function checkInput(input: SynthesisInput): SyntheticAttribute[] {
  const issues: ErrorDetail[] = [];
  const attributes: SyntheticAttribute[] = [];
  input.attributes.forEach((name, i) => {
    if (!isSyntheticAttribute(name))
      issues.push({ path: `attributes.${i}`, message: `"${name}" is not an attribute` });
    else if (attributes.includes(name))
      issues.push({ path: `attributes.${i}`, message: `"${name}" is named twice` });
    else attributes.push(name);
  });
  if (input.attributes.length === 0)
    issues.push({ path: "attributes", message: "must name at least one attribute" });
  const k = input.combinationLength;
  if (!Number.isInteger(k) || k < 1 || k > Math.min(MAX_COMBINATION_LENGTH, input.attributes.length))
    issues.push({
      path: "combinationLength",
      message: `must be a whole number from 1 to ${Math.min(MAX_COMBINATION_LENGTH, Math.max(1, input.attributes.length))}`,
    });
  if (!Number.isInteger(input.threshold) || input.threshold < 2 || input.threshold > 100)
    issues.push({ path: "threshold", message: "must be a whole number from 2 to 100" });
  if (!Number.isInteger(input.fromYear) || !Number.isInteger(input.toYear) || input.toYear < input.fromYear)
    issues.push({ path: "toYear", message: "must be a year not before fromYear" });
  if (
    input.records !== undefined &&
    (!Number.isInteger(input.records) || input.records < 1 || input.records > MAX_SYNTHETIC_RECORDS)
  )
    issues.push({ path: "records", message: `must be a whole number from 1 to ${MAX_SYNTHETIC_RECORDS}` });
  if (input.method === "dp-geometric") {
    if (input.epsilon === undefined)
      issues.push({ path: "epsilon", message: "is required for differential privacy" });
    else {
      try {
        const epsilon = rationals.parseRational(input.epsilon, "epsilon");
        if (epsilon.num <= 0n) issues.push({ path: "epsilon", message: "must be greater than 0" });
      } catch (error) {
        if (!(error instanceof PrivacyError)) throw error;
        issues.push({ path: "epsilon", message: error.issues[0]?.message ?? "is not a number" });
      }
    }
  }
  if (issues.length > 0) throw invalidAll(issues);
  return attributes;
}

function view(row: Omit<repo.SyntheticRow, "rows">): SyntheticReleaseView {
  return {
    id: row.id,
    datasetId: row.datasetId,
    title: row.title,
    method: row.method as SyntheticReleaseView["method"],
    parameters: row.parameters as SyntheticReleaseView["parameters"],
    records: row.records,
    utility: row.utility as SyntheticReleaseView["utility"],
    createdAt: row.createdAt.toISOString(),
  };
}
