import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DomainError } from "@ariadne/domain";
import { SYSTEM_CONTEXT, synthesisRequest, type Runtime } from "@ariadne/server";
import { say, withRuntime } from "./run.ts";

async function datasetId(runtime: Runtime, given: string | undefined): Promise<string> {
  return !given || given === "cases" ? runtime.services.stats.casesDatasetId() : given;
}

/** Prints a domain error with every detail; the command exits 1. */
function refused(error: unknown): number {
  if (!(error instanceof DomainError)) throw error;
  process.stderr.write(`ariadne: ${error.message}\n`);
  for (const d of error.details) process.stderr.write(`  ${d.path}: ${d.message}\n`);
  return 1;
}

/** `ariadne stats tables --year Y`: exact by default (the operator), or suppressed. */
export function statsTables(options: {
  year: string;
  dataset?: string;
  threshold?: string;
  protected?: boolean;
  format: "json" | "text";
}): Promise<void> {
  return withRuntime(async (runtime) => {
    const { tables, trend } = await runtime.services.stats.tables(SYSTEM_CONTEXT, {
      datasetId: await datasetId(runtime, options.dataset),
      year: Number(options.year),
      exact: options.protected !== true,
      threshold: Number(options.threshold ?? "5"),
    });
    if (options.format === "json") {
      say(JSON.stringify({ tables, trend }, null, 2));
      return;
    }
    for (const table of tables) {
      say(`${table.title} (${table.id}; ${table.protection.note})`);
      for (const cell of table.cells)
        if (cell.value !== 0)
          say(
            `  ${cell.categories.join(" × ").padEnd(40)} ${cell.value === null ? ":" : String(cell.value)}`,
          );
    }
  });
}

/** `ariadne stats import FILE --format F --name N`: refused with every problem, or imported whole. */
export function statsImport(
  file: string,
  options: {
    format: "ctdc-2017" | "ctdc-synthetic" | "glotip" | "eurostat";
    name: string;
    reportingCountry: string;
    acceptUnknownCodes?: boolean;
  },
): Promise<void> {
  return withRuntime(async (runtime) => {
    try {
      const result = await runtime.services.stats.importDataset(
        SYSTEM_CONTEXT,
        await readFile(file, "utf8"),
        {
          format: options.format,
          name: options.name,
          reportingCountry: options.reportingCountry,
          acceptUnknownCodes: options.acceptUnknownCodes === true,
        },
      );
      say(
        `Dataset ${result.id} imported: ${result.records} ${result.kind === "microdata" ? "victim records" : "published figures"}.`,
      );
      for (const u of result.unknownCodes)
        say(`  counted as unknown: ${u.column} "${u.value}" (${u.rows} rows)`);
      return 0;
    } catch (error) {
      return refused(error);
    }
  });
}

/** `ariadne stats release --year Y --method M`: a recorded release, DP ones charged to the budget. */
export function statsRelease(options: {
  year: string;
  dataset?: string;
  method: "suppression" | "dp-geometric";
  threshold?: string;
  epsilon?: string;
  title?: string;
  public?: boolean;
}): Promise<void> {
  return withRuntime(async (runtime) => {
    try {
      const released = await runtime.services.stats.release(SYSTEM_CONTEXT, {
        datasetId: await datasetId(runtime, options.dataset),
        year: Number(options.year),
        title: options.title ?? `Trafficking in human beings ${options.year}`,
        method: options.method,
        threshold: Number(options.threshold ?? "5"),
        epsilon: options.epsilon,
        public: options.public === true,
      });
      say(`Release ${released.id}: ${released.tables.length} tables${options.public ? ", public" : ""}.`);
      return 0;
    } catch (error) {
      return refused(error);
    }
  });
}

/** `ariadne stats export --release ID --format F --out FILE`. */
export function statsExport(options: {
  release: string;
  format: "csv" | "sdmx" | "xlsx" | "html" | "pdf";
  out: string;
}): Promise<void> {
  return withRuntime(async (runtime) => {
    const out = await runtime.services.stats.exportRelease(SYSTEM_CONTEXT, options.release, options.format);
    await writeFile(options.out, out.file);
    say(`${options.out} written (${out.mediaType}).`);
  });
}

/** `ariadne stats report --year Y --out FILE`: tables, charts and method notes, protected by default. */
export function statsReport(options: {
  year: string;
  dataset?: string;
  out: string;
  exact?: boolean;
  threshold?: string;
}): Promise<void> {
  return withRuntime(async (runtime) => {
    const format = options.out.toLowerCase().endsWith(".pdf") ? "pdf" : "html";
    const file = await runtime.services.stats.report(
      await datasetId(runtime, options.dataset),
      Number(options.year),
      { exact: options.exact === true, threshold: Number(options.threshold ?? "5") },
      format,
    );
    await writeFile(options.out, file, { mode: options.exact ? 0o600 : 0o644 });
    say(`${options.out} written${options.exact ? " (exact figures: internal use only)" : ""}.`);
  });
}

/** `ariadne stats chart --year Y --table ID --out FILE.svg|.png`: one protected (or exact) chart. */
export function statsChart(options: {
  year: string;
  dataset?: string;
  table: string;
  out: string;
  exact?: boolean;
  threshold?: string;
  width?: string;
}): Promise<void> {
  return withRuntime(async (runtime) => {
    const svg = await runtime.services.stats.chartSvg(
      await datasetId(runtime, options.dataset),
      Number(options.year),
      options.table,
      {
        exact: options.exact === true,
        threshold: Number(options.threshold ?? "5"),
      },
    );
    const png = options.out.toLowerCase().endsWith(".png");
    await writeFile(
      options.out,
      png ? runtime.services.stats.png(svg, Number(options.width ?? "1200")) : svg,
    );
    say(`${options.out} written.`);
  });
}

/** Where each field of a synthesis request comes from on the command line. */
const SYNTHESIS_OPTIONS: Readonly<Record<string, string>> = {
  datasetId: "--dataset",
  title: "--title",
  fromYear: "--from-year",
  toYear: "--to-year",
  attributes: "--attributes",
  combinationLength: "--length",
  method: "--method",
  threshold: "--threshold",
  epsilon: "--epsilon",
  records: "--records",
};

export const SYNTHESIZE_EXIT_CODES = `
Exit codes:
  0  synthetic records and report written
  1  refused (over the dataset's privacy budget, unknown dataset) or an unexpected error
  2  bad options: each one named, with why

Writes to --out: synthetic-<id>.csv (the records: one column per attribute, category codes)
and synthetic-<id>.report.json (parameters, utility and the internal risk report; mode 0600).`;

/** A whole number as a number; anything else as it was typed, for the schema to refuse by name. */
const whole = (text: string | undefined) =>
  text !== undefined && /^-?\d+$/.test(text) ? Number(text) : text;

/** Prints bad options one per line, named as typed; the command exits 2. */
function badOptions(issues: readonly { path: string; message: string }[]): number {
  process.stderr.write(`ariadne stats synthesize: ${issues.length === 1 ? "a bad option" : "bad options"}\n`);
  for (const issue of issues) {
    const [field = "", ...rest] = issue.path.split(".");
    const option = SYNTHESIS_OPTIONS[field] ?? field;
    const which = rest.length > 0 ? ` (value ${Number(rest[0]) + 1})` : "";
    process.stderr.write(option === "" ? `  ${issue.message}\n` : `  ${option}${which}: ${issue.message}\n`);
  }
  return 2;
}

/**
 * `ariadne stats synthesize`: synthetic microdata from a dataset's protected marginals, as
 * the API makes them (the same request schema), written as CSV with a report to --out.
 */
export async function statsSynthesize(options: {
  dataset?: string;
  fromYear: string;
  toYear?: string;
  attributes: string;
  length: string;
  method: string;
  threshold: string;
  epsilon?: string;
  records?: string;
  title?: string;
  out: string;
}): Promise<void> {
  const cases = options.dataset === undefined || options.dataset === "cases";
  const toYear = options.toYear ?? options.fromYear;
  const parsed = synthesisRequest.safeParse({
    // The case records' id is looked up once the database is open.
    datasetId: cases ? "00000000-0000-4000-8000-000000000000" : options.dataset,
    title:
      options.title ??
      `Synthetic records ${options.fromYear}${toYear === options.fromYear ? "" : `–${toYear}`}`,
    fromYear: whole(options.fromYear),
    toYear: whole(toYear),
    attributes: options.attributes
      .split(",")
      .map((a) => a.trim())
      .filter((a) => a !== ""),
    combinationLength: whole(options.length),
    method: options.method,
    threshold: whole(options.threshold),
    ...(options.epsilon === undefined ? {} : { epsilon: options.epsilon }),
    ...(options.records === undefined ? {} : { records: whole(options.records) }),
  });
  if (!parsed.success) {
    process.exitCode = badOptions(
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
    );
    return;
  }
  await withRuntime(async (runtime) => {
    try {
      const request = {
        ...parsed.data,
        datasetId: cases ? await runtime.services.stats.casesDatasetId() : parsed.data.datasetId,
      };
      const made = await runtime.services.synthetic.create(SYSTEM_CONTEXT, request);
      const csv = await runtime.services.synthetic.recordsCsv(SYSTEM_CONTEXT, made.id);
      const risk = await runtime.services.synthetic.risk(SYSTEM_CONTEXT, made.id);
      await mkdir(options.out, { recursive: true });
      const base = join(options.out, `synthetic-${made.id.slice(0, 8)}`);
      await writeFile(`${base}.csv`, csv.file, { mode: 0o644 });
      await writeFile(`${base}.report.json`, `${JSON.stringify({ ...made, risk }, null, 2)}\n`, {
        mode: 0o600,
      });
      const p = made.parameters;
      const protection =
        made.method === "dp-geometric"
          ? `differential privacy, ε ${p.epsilon ?? "?"} (${p.epsilonPerTable ?? "?"} per table)`
          : `combinations seen fewer than ${p.threshold} times removed`;
      say(
        `Synthetic dataset ${made.id}: ${made.records} records from combinations of up to ${p.combinationLength} of ${p.attributes.join(", ")} (${protection}).`,
      );
      say(`  invented combinations: ${made.utility.invented}`);
      for (const l of made.utility.byLength)
        say(
          `  length ${l.length}: mean absolute error ${l.meanAbsoluteError.toFixed(2)}, mean relative error ${(100 * l.meanRelativeError).toFixed(1)}%, ${l.suppressed} of ${l.sensitive} combinations suppressed`,
        );
      if (made.utility.abandoned > 0) say(`  ${made.utility.abandoned} records given up at dead ends`);
      say(`${base}.csv written.`);
      say(`${base}.report.json written (internal: it holds the risk report).`);
      return 0;
    } catch (error) {
      if (error instanceof DomainError && error.code === "validation_failed")
        return badOptions(error.details.length > 0 ? error.details : [{ path: "", message: error.message }]);
      return refused(error);
    }
  });
}
