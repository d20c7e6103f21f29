import { readFile, writeFile } from "node:fs/promises";
import { DomainError } from "@ariadne/domain";
import { SYSTEM_CONTEXT, type Runtime } from "@ariadne/server";
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
