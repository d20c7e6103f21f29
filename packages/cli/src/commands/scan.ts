import { readFileSync } from "node:fs";
import { parseLexicon, type Lexicon } from "@ariadne/detect";
import { runScan } from "../scan/pipeline.ts";
import { ScanInputError } from "../scan/records.ts";

export interface ScanCommandOptions {
  out: string;
  idColumn: string;
  textColumn: string;
  titleColumn?: string;
  dateColumn?: string;
  placeColumn?: string;
  region?: string;
  format?: "jsonl" | "csv";
  delimiter: string;
  workers?: string;
  lexicon?: string;
  progress: boolean;
}

/** Exit codes of `ariadne scan`, also printed by `ariadne scan --help`. */
export const SCAN_EXIT_CODES = `
Exit codes:
  0  scan complete; outputs written
  1  unexpected error
  2  unusable input or options: missing file, a mapped column not in the file, bad option
  3  nothing to analyse: no row of the input could be read as an ad

Outputs in --out: networks.json (ranked networks, clusters with templates, links), ads.jsonl
(each ad with flags, extractions, cluster, network and slot values), report.html (self-contained).`;

function fail(code: number, message: string): void {
  process.stderr.write(`ariadne scan: ${message}\n`);
  process.exitCode = code;
}

function loadLexicon(file: string): Lexicon {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ScanInputError(
      `${file} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = parseLexicon(input);
  if (!parsed.ok) {
    throw new ScanInputError(
      `${file} is not a valid lexicon: ${parsed.issues.map((i) => `${i.path} ${i.message}`).join("; ")}`,
    );
  }
  return parsed.value;
}

/** `ariadne scan <file>`: finds indicators, clusters and networks in a file of ads. */
export async function scanCommand(file: string, options: ScanCommandOptions): Promise<void> {
  try {
    const workers = options.workers === undefined ? undefined : Number(options.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) {
      throw new ScanInputError(`--workers must be a whole number from 0 to 64, not ${options.workers}`);
    }
    if (options.region !== undefined && !/^[A-Za-z]{2}$/.test(options.region)) {
      throw new ScanInputError(
        `--region must be a two-letter country code such as FR, not ${options.region}`,
      );
    }
    const explicit = new Set<"id" | "title" | "date" | "place">();
    if (options.idColumn !== "id") explicit.add("id");
    if (options.titleColumn) explicit.add("title");
    if (options.dateColumn) explicit.add("date");
    if (options.placeColumn) explicit.add("place");
    const report = await runScan({
      file,
      out: options.out,
      format: options.format,
      delimiter: options.delimiter,
      workers,
      progress: options.progress,
      mapping: {
        id: options.idColumn,
        text: options.textColumn,
        title: options.titleColumn,
        date: options.dateColumn,
        place: options.placeColumn,
        explicit,
      },
      engine: {
        region: options.region?.toUpperCase(),
        ...(options.lexicon ? { lexicon: loadLexicon(options.lexicon) } : {}),
      },
    });
    const s = report.result.summary;
    const skipped = Object.entries({ ...s.skipped, ...report.invalidRows })
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
    process.stdout.write(
      [
        `Scanned ${file}: ${s.analysed} ads analysed, ${s.truncated} truncated, ${report.repairedRows} with invalid UTF-8 replaced; skipped: ${skipped || "none"}.`,
        `${s.clusters} clusters (largest ${s.largestCluster}), ${s.networks} networks (largest ${s.largestNetwork} ads).`,
        `Written: ${report.files.networks}, ${report.files.ads}, ${report.files.report}`,
        "",
      ].join("\n"),
    );
    process.exitCode = s.analysed === 0 ? 3 : 0;
  } catch (error) {
    if (error instanceof ScanInputError) fail(2, error.message);
    else fail(1, error instanceof Error ? error.message : String(error));
  }
}
