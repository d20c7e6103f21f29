import { once } from "node:events";
import { createReadStream, createWriteStream, mkdirSync, rmSync, statSync, type WriteStream } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import {
  AdAnalyser,
  DetectionEngine,
  type AdInput,
  type EngineOptions,
  type IndicatorFlag,
  type ScanResult,
} from "@ariadne/detect";
import { PreparePool } from "./pool.ts";
import { runBatch, type BatchInput, type BatchOutput } from "./prepare-batch.ts";
import { ScanProgress } from "./progress.ts";
import {
  readCsv,
  readJsonLines,
  ScanInputError,
  type ColumnMapping,
  type InputRow,
  type ReadPosition,
} from "./records.ts";
import { renderReport, type ReportAd } from "./report.ts";

export interface ScanOptions {
  file: string;
  out: string;
  format?: "jsonl" | "csv" | undefined;
  mapping: ColumnMapping;
  delimiter?: string | undefined;
  /** Worker threads for the per-ad stage; 0 runs it in the main thread. Default: one per core. */
  workers?: number | undefined;
  engine?: EngineOptions | undefined;
  progress?: boolean | undefined;
  /** Ads per batch sent to a worker. */
  batchSize?: number | undefined;
  maxReportNetworks?: number | undefined;
}

export interface ScanReport {
  result: ScanResult;
  invalidRows: Record<string, number>;
  repairedRows: number;
  files: { networks: string; ads: string; report: string };
  /** Seconds spent reading and preparing, clustering, and writing. */
  timings: { prepare: number; cluster: number; write: number };
  /** Milliseconds of each clustering phase, from the engine. */
  phases: DetectionEngine["timings"];
}

const STOP_REFRESH_BATCHES = 32;

/** Reads, prepares in parallel, clusters in the main thread, and writes the three outputs. */
export async function runScan(options: ScanOptions): Promise<ScanReport> {
  const format = options.format ?? (/\.csv$/i.test(options.file) ? "csv" : "jsonl");
  let size: number;
  try {
    size = statSync(options.file).size;
  } catch {
    throw new ScanInputError(`cannot read ${options.file}`);
  }
  mkdirSync(options.out, { recursive: true });
  const files = {
    networks: join(options.out, "networks.json"),
    ads: join(options.out, "ads.jsonl"),
    report: join(options.out, "report.html"),
  };
  const partial = join(options.out, ".ads.partial.jsonl");
  const engineOptions: EngineOptions = options.engine ?? {};
  const engine = new DetectionEngine(engineOptions);
  const analyseOptions = {
    region: engineOptions.region,
    maxChars: engineOptions.maxChars,
    shingleSize: engineOptions.shingleSize,
    permutations: engine.analyser.options.permutations,
    lexicon: engineOptions.lexicon,
  };
  const workers = options.workers ?? availableParallelism();
  const pool = workers > 0 ? new PreparePool(workers, analyseOptions) : undefined;
  const local = pool ? undefined : new AdAnalyser(analyseOptions);
  const position: ReadPosition = { bytes: 0 };
  const progress = new ScanProgress(size, { enabled: options.progress ?? false });
  const invalidRows: Record<string, number> = {};
  let repairedRows = 0;
  let analysed = 0;
  const partialOut = createWriteStream(partial);
  const started = performance.now();
  try {
    // 1. Read and prepare, keeping at most two batches per worker in flight. JSON lines are
    //    parsed in the workers; the reading thread only splits lines.
    const rows: AsyncGenerator<InputRow> =
      format === "csv"
        ? readCsv(options.file, options.mapping, position, options.delimiter)
        : readJsonLines(options.file, position);
    const batchSize = options.batchSize ?? 256;
    const inFlight = new Map<number, Promise<BatchOutput>>();
    let nextSeq = 0;
    let nextToStore = 0;
    let ads: AdInput[] = [];
    let lines: string[] = [];
    let firstRow = 1;
    let rowsSeen = 0;
    let rowsWithText = 0;
    let firstKeys: string[] | undefined;
    const store = async (output: BatchOutput) => {
      rowsSeen += output.items.length;
      rowsWithText += output.withText;
      firstKeys ??= output.keys;
      if (rowsWithText === 0 && rowsSeen >= 1000) {
        throw new ScanInputError(
          `no "${options.mapping.text}" field in the first ${rowsSeen} rows; fields found: ${(firstKeys ?? []).join(", ")}`,
        );
      }
      for (const item of output.items) {
        if ("invalid" in item) {
          invalidRows[item.invalid] = (invalidRows[item.invalid] ?? 0) + 1;
          continue;
        }
        if ("skip" in item) {
          engine.countReceived();
          engine.skip(item.skip.id, item.skip.reason);
          continue;
        }
        if (engine.addPrepared([item.features]) === 1) {
          analysed++;
          if (item.repaired) repairedRows++;
          if (!partialOut.write(`${item.line}\n`)) await once(partialOut, "drain");
        }
      }
      if (nextToStore % STOP_REFRESH_BATCHES === 0) engine.refreshStopSet();
      progress.update(position.bytes, analysed);
    };
    const drainOne = async () => {
      const first = inFlight.get(nextToStore);
      if (!first) return;
      const output = await first;
      inFlight.delete(nextToStore);
      nextToStore++;
      await store(output);
    };
    const send = async () => {
      if (ads.length === 0 && lines.length === 0) return;
      const input: BatchInput = ads.length > 0 ? { ads } : { lines, firstRow, mapping: options.mapping };
      firstRow += lines.length;
      ads = [];
      lines = [];
      const seq = nextSeq++;
      if (pool) {
        inFlight.set(seq, pool.prepare({ seq, input }, engine.stopSet()));
        while (inFlight.size >= pool.size * 2) await drainOne();
      } else if (local) {
        const stop = engine.stopSet();
        nextToStore++;
        await store(runBatch(local, input, new Set(stop.hashes), stop.id));
      }
    };
    for await (const row of rows) {
      if (row.kind === "invalid") {
        invalidRows[row.problem] = (invalidRows[row.problem] ?? 0) + 1;
        continue;
      }
      if (row.kind === "line") lines.push(row.line);
      else {
        if (row.repaired) repairedRows++;
        ads.push(row.ad);
      }
      if (ads.length + lines.length >= batchSize) await send();
    }
    await send();
    while (inFlight.size > 0) await drainOne();
    if (rowsSeen > 0 && rowsWithText === 0) {
      throw new ScanInputError(
        `no "${options.mapping.text}" field in any row; fields found: ${(firstKeys ?? []).join(", ")}`,
      );
    }
    partialOut.end();
    await once(partialOut, "finish");
    const prepared = performance.now();
    // 2. Cluster, link, rank: single-threaded, so results are the same as in one thread.
    progress.phase(`read ${analysed} ads; clustering`);
    const result = engine.result();
    const clustered = performance.now();
    progress.phase(`${result.summary.clusters} clusters, ${result.summary.networks} networks; writing`);
    // 3. Outputs.
    await writeNetworks(files.networks, result, invalidRows, repairedRows);
    const maxNetworks = options.maxReportNetworks ?? 200;
    const maxAdsPerNetwork = 25;
    const wanted = reportAdIds(result, maxNetworks, maxAdsPerNetwork);
    const reportAds = await writeAds(partial, files.ads, result, wanted);
    const html = renderReport({
      result,
      source: options.file,
      generatedAt: new Date().toISOString(),
      invalidRows,
      repairedRows,
      ads: reportAds,
      maxNetworks,
      maxAdsPerNetwork,
    });
    const report = createWriteStream(files.report);
    report.end(html);
    await once(report, "finish");
    const written = performance.now();
    progress.stop();
    return {
      result,
      invalidRows,
      repairedRows,
      files,
      phases: { ...engine.timings },
      timings: {
        prepare: (prepared - started) / 1000,
        cluster: (clustered - prepared) / 1000,
        write: (written - clustered) / 1000,
      },
    };
  } finally {
    progress.stop();
    partialOut.destroy();
    rmSync(partial, { force: true });
    await pool?.close();
  }
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

/** networks.json, written piece by piece: a million-ad result does not fit in one string. */
async function writeNetworks(
  file: string,
  result: ScanResult,
  invalidRows: Record<string, number>,
  repairedRows: number,
): Promise<void> {
  const out = createWriteStream(file);
  const head = {
    engine: result.engine,
    lexicon: result.lexicon,
    gazetteer: result.gazetteer,
    parameters: result.parameters,
    summary: result.summary,
    invalidRows,
    repairedRows,
  };
  await write(out, `${JSON.stringify(head, null, 1).slice(0, -2)},\n "skipped": [`);
  for (let i = 0; i < result.skipped.length; i++)
    await write(out, `${i ? "," : ""}\n  ${JSON.stringify(result.skipped[i])}`);
  await write(out, '\n ],\n "networks": [');
  for (let i = 0; i < result.networks.length; i++)
    await write(out, `${i ? "," : ""}\n  ${JSON.stringify(result.networks[i])}`);
  await write(out, '\n ],\n "clusters": [');
  for (let i = 0; i < result.clusters.length; i++)
    await write(out, `${i ? "," : ""}\n  ${JSON.stringify(result.clusters[i])}`);
  out.end("\n ]\n}\n");
  await once(out, "finish");
}

/** The ads the report shows: the first members of the top networks' clusters. */
function reportAdIds(result: ScanResult, maxNetworks: number, perNetwork: number): Set<string> {
  const clusters = new Map(result.clusters.map((c) => [c.id, c]));
  const wanted = new Set<string>();
  for (const net of result.networks.slice(0, maxNetworks)) {
    let n = 0;
    for (const id of net.clusters) {
      for (const ad of clusters.get(id)?.members ?? [id]) {
        if (n++ >= perNetwork) break;
        wanted.add(ad);
      }
    }
  }
  return wanted;
}

/**
 * ads.jsonl: the prepared lines, in input order, each completed with its cluster, network and
 * template slot values. The lines of ads the report shows are kept for it.
 */
async function writeAds(
  partial: string,
  file: string,
  result: ScanResult,
  wanted: ReadonlySet<string>,
): Promise<Map<string, ReportAd>> {
  const out = createWriteStream(file);
  const lines = createInterface({ input: createReadStream(partial), crlfDelay: Infinity });
  const shown = new Map<string, ReportAd>();
  let i = 0;
  for await (const line of lines) {
    const a = result.assignments[i++];
    if (!a || !line.endsWith("}")) continue;
    const extra = `,"cluster":${JSON.stringify(a.cluster)},"network":${JSON.stringify(a.network)},"slots":${JSON.stringify(a.slots)}}`;
    await write(out, `${line.slice(0, -1)}${extra}\n`);
    if (wanted.has(a.ad)) {
      const parsed = JSON.parse(line) as {
        id: string;
        text: string;
        date?: string;
        place?: string;
        flags: IndicatorFlag[];
      };
      shown.set(a.ad, {
        id: parsed.id,
        text: parsed.text,
        date: parsed.date,
        place: parsed.place,
        spans: parsed.flags.flatMap((f) =>
          f.spans.map((s) => ({ start: s.start, end: s.end, indicator: f.indicator })),
        ),
      });
    }
  }
  out.end();
  await once(out, "finish");
  return shown;
}
