import { randomUUID } from "node:crypto";
import {
  conflict,
  DomainError,
  invalidAll,
  notFound,
  SYSTEM,
  type AgeBand,
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
import { SYSTEM_CONTEXT } from "../request-context.ts";
import { importDataset, type AggregateCell, type ImportFormat, type UnknownCode } from "./imports/index.ts";
import { identityGroups, traffickerObservations, victimObservations } from "./observations.ts";
import { barChartSvg, reportHtml, reportPdf, svgToPng, toCsv, toSdmxCsv, toXlsx } from "./outputs/index.ts";
import { reportInput } from "./report.ts";
import * as repo from "./stats-repository.ts";
import {
  buildTables,
  protect,
  splitEpsilon,
  victimsByYear,
  type Protection,
  type StatTable,
} from "./tables.ts";

/** The privacy budget of a dataset when it is created: ε for all its DP releases together. */
export const DEFAULT_BUDGET = { epsilon: "4", delta: "1/100000" } as const;

/** δ of each country table of a DP release (the thresholded selection needs one). */
const DP_TABLE_DELTA = "1/1000000";

export const EXPORT_FORMATS = ["csv", "sdmx", "xlsx", "html", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ReleaseInput {
  readonly datasetId: string;
  readonly year: number;
  readonly title: string;
  readonly method: "suppression" | "dp-geometric";
  readonly threshold: number;
  /** Total ε of this release, shared over its tables by `splitEpsilon` (DP only). */
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
        // A DP release charges one ledger entry per table ("<release>/<table>"): count releases.
        releases: new Set(ledger.releases.map((r) => r.id.split("/")[0])).size,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }

  /** The dataset's privacy-budget ledger as stored (also read by the synthesis). */
  ledgerOf(row: repo.DatasetRow): LedgerState {
    const parsed = parseLedgerState(row.ledger);
    if (!parsed.ok)
      throw new Error(`the ledger of dataset ${row.id} does not parse: ${parsed.issues[0]?.message ?? ""}`);
    return parsed.value;
  }

  /** A dataset row, or `not_found`. */
  async dataset(id: string): Promise<repo.DatasetRow> {
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
          ageBand: r.ageBand as AgeBand | null,
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
    if (ctx.actor) await authorize(this.audit, ctx, input.exact ? "stats.exact" : "stats.read", SYSTEM);
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

  /** The dataset id of the live case data. */
  async casesDatasetId(): Promise<string> {
    const row = await repo.casesDataset(this.db);
    if (!row) throw new Error("the cases dataset is missing; it is created at start");
    return row.id;
  }

  /**
   * Imports an outside dataset (CTDC, GLOTIP, Eurostat). A file with errors is refused with
   * every error; one with unknown codes is refused too, naming them, unless the caller accepts
   * that they count as unknown (then the report is kept with the dataset).
   */
  async importDataset(
    ctx: RequestContext,
    text: string,
    input: { format: ImportFormat; name: string; reportingCountry: string; acceptUnknownCodes: boolean },
  ): Promise<{ id: string; kind: "microdata" | "aggregate"; records: number; unknownCodes: UnknownCode[] }> {
    if (ctx.actor) await authorize(this.audit, ctx, "stats.publish", SYSTEM);
    const result = importDataset(text, input.format);
    const problems = [
      ...result.errors.map((e) => ({
        path: e.row > 0 ? `rows[${e.row}].${e.column}` : e.column,
        message: e.message,
      })),
      ...(input.acceptUnknownCodes
        ? []
        : result.unknownCodes.map((u) => ({
            path: u.column,
            message: `unknown code "${u.value}" in ${u.rows} row${u.rows === 1 ? "" : "s"}; fix it, or import with unknown codes counted as unknown`,
          }))),
    ];
    if (problems.length > 0)
      throw new DomainError(
        "validation_failed",
        `The file was not imported: ${problems.length} problem${problems.length === 1 ? "" : "s"}. First: ${problems[0]?.path ?? ""} ${problems[0]?.message ?? ""}`,
        problems.slice(0, 1000),
      );
    const id = randomUUID();
    const records = result.kind === "microdata" ? result.victims.length : result.cells.length;
    await this.db.transaction(async (tx) => {
      await repo.insertDataset(tx, {
        id,
        name: input.name,
        kind: result.kind,
        format: input.format,
        reportingCountry: input.reportingCountry,
        ledger: createLedger(id, DEFAULT_BUDGET),
        importReport: { rowsRead: result.rowsRead, unknownCodes: result.unknownCodes },
        createdBy: ctx.actor?.userId ?? null,
      });
      if (result.kind === "microdata")
        await repo.insertObservations(
          tx,
          result.victims.map((v) => ({
            datasetId: id,
            person: v.person,
            year: v.year,
            status: v.status,
            sex: v.sex,
            age: v.age,
            ageBand: v.ageBand,
            citizenship: v.citizenship,
            forms: [...v.forms],
            countryOfExploitation: v.countryOfExploitation,
          })),
        );
      else await repo.insertAggregates(tx, id, result.cells);
      await this.audit.append(tx, ctx, {
        action: "stats.dataset.import",
        resourceType: "stats_dataset",
        resourceId: id,
        details: { format: input.format, records, unknownCodes: result.unknownCodes.length },
      });
    });
    return { id, kind: result.kind, records, unknownCodes: [...result.unknownCodes] };
  }

  /** The published figures of an aggregate dataset (GLOTIP, Eurostat), as imported. */
  async aggregates(ctx: RequestContext, datasetId: string): Promise<AggregateCell[]> {
    await authorize(this.audit, ctx, "stats.read", SYSTEM);
    const dataset = await this.dataset(datasetId);
    if (dataset.kind !== "aggregate")
      throw invalidAll([{ path: "datasetId", message: "is not an aggregate dataset" }]);
    return (await repo.aggregatesOf(this.db, datasetId)) as AggregateCell[];
  }

  /** A release as a file: CSV, SDMX-CSV, XLSX, HTML or PDF report. Public releases for anyone. */
  async exportRelease(
    ctx: RequestContext | null,
    id: string,
    format: ExportFormat,
  ): Promise<{ file: Buffer; mediaType: string; fileName: string }> {
    if (ctx?.actor) await authorize(this.audit, ctx, "stats.read", SYSTEM);
    const release = await repo.findRelease(this.db, id);
    if (!release || (ctx === null && !release.public)) throw notFound("The release");
    const dataset = await this.dataset(release.datasetId);
    const tables = release.tables as StatTable[];
    const base = `ariadne-${release.year}-${release.id.slice(0, 8)}`;
    switch (format) {
      case "csv":
        return {
          file: Buffer.from(tables.map((t) => toCsv(t)).join("\n")),
          mediaType: "text/csv; charset=utf-8",
          fileName: `${base}.csv`,
        };
      case "sdmx":
        return {
          file: Buffer.from(
            tables
              .map((t) =>
                toSdmxCsv(t, {
                  dataflow: `ARIADNE:${t.id.toUpperCase().replace(/\./g, "_")}(1.0)`,
                  reportingCountry: dataset.reportingCountry,
                  timePeriod: String(release.year),
                }),
              )
              .join("\n"),
          ),
          mediaType: "text/csv; charset=utf-8",
          fileName: `${base}.sdmx.csv`,
        };
      case "xlsx":
        return {
          file: await toXlsx(tables),
          mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          fileName: `${base}.xlsx`,
        };
      case "html":
      case "pdf": {
        const input = reportInput(release.title, release.year, dataset.reportingCountry, tables, []);
        return format === "html"
          ? {
              file: Buffer.from(reportHtml(input)),
              mediaType: "text/html; charset=utf-8",
              fileName: `${base}.html`,
            }
          : { file: await reportPdf(input), mediaType: "application/pdf", fileName: `${base}.pdf` };
      }
    }
  }

  /**
   * One chart as SVG: a map for the country tables, a line for "trend", bars otherwise.
   * For the CLI (the operator); the web app draws its own.
   */
  async chartSvg(
    datasetId: string,
    year: number,
    tableId: string,
    protection: { exact: boolean; threshold: number },
  ): Promise<string> {
    const { tables, trend } = await this.tables(SYSTEM_CONTEXT, { datasetId, year, ...protection });
    const dataset = await this.dataset(datasetId);
    const chart = reportInput(
      "",
      year,
      dataset.reportingCountry,
      tables,
      tableId === "trend" ? trend : [],
    ).charts.find(
      (c) =>
        c.title ===
        (tableId === "trend" ? "Registered victims per year" : tables.find((t) => t.id === tableId)?.title),
    );
    if (chart) return chart.svg;
    const table = tables.find((t) => t.id === tableId);
    if (!table)
      throw invalidAll([
        { path: "table", message: `choose one of trend, ${tables.map((t) => t.id).join(", ")}` },
      ]);
    return barChartSvg(table, { title: table.title });
  }

  png(svg: string, width: number): Buffer {
    return svgToPng(svg, width);
  }

  /** The yearly report of a dataset's tables (protected unless exact), with charts. */
  async report(
    datasetId: string,
    year: number,
    protection: { exact: boolean; threshold: number },
    format: "html" | "pdf",
  ): Promise<Buffer> {
    const dataset = await this.dataset(datasetId);
    const { tables, trend } = await this.tables(SYSTEM_CONTEXT, {
      datasetId,
      year,
      exact: protection.exact,
      threshold: protection.threshold,
    });
    const input = reportInput(
      `Trafficking in human beings: ${year}`,
      year,
      dataset.reportingCountry,
      tables,
      trend,
    );
    return format === "html" ? Buffer.from(reportHtml(input)) : reportPdf(input);
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
    const actorId = ctx.actor ? (await authorize(this.audit, ctx, "stats.publish", SYSTEM)).userId : null;
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
    let shares: ReturnType<typeof splitEpsilon> = [];
    try {
      if (input.method === "dp-geometric") {
        const total = rationals.parseRational(input.epsilon ?? "", "epsilon");
        if (total.num <= 0n) throw invalidAll([{ path: "epsilon", message: "must be greater than 0" }]);
        // Weighted, exact shares that sum to the total (tables.ts, DP_TABLE_WEIGHTS).
        shares = splitEpsilon(
          total,
          built.map((b) => b.def.id),
        );
        protection = {
          method: "dp-geometric",
          epsilonByTable: Object.fromEntries(shares.map((s) => [s.id, rationals.formatRational(s.epsilon)])),
          delta: DP_TABLE_DELTA,
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
            ...(protection.method === "dp-geometric"
              ? {
                  epsilon: input.epsilon,
                  epsilonByTable: protection.epsilonByTable,
                  tableWeights: Object.fromEntries(shares.map((s) => [s.id, s.weight])),
                }
              : {}),
          },
          tables,
          public: input.public,
          createdBy: actorId,
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

  /**
   * The ledger with these releases charged, or a refusal naming the reason (`conflict` when
   * over budget). Pure: the caller writes the result in the transaction that records them.
   */
  charge(ledger: LedgerState, releases: Parameters<typeof chargeRelease>[1]): LedgerState {
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

export function privacyToDomain(error: PrivacyError): DomainError {
  return new DomainError(
    error.code === "budget_exceeded" ? "conflict" : "validation_failed",
    error.message,
    error.issues.map((i) => ({ path: i.path, message: i.message })),
  );
}
