import { closeSync, mkdirSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import {
  AdAnalyser,
  DetectionEngine,
  indicatorEntry,
  type AdInput,
  type EngineOptions,
  type IndicatorFlag,
  type Lexicon,
  type ScanResult,
} from "@ariadne/detect";
import { FileWriter } from "./output.ts";
import { PreparePool } from "./pool.ts";
import {
  FileLineSink,
  INVALID,
  PREPARED,
  runBatch,
  type BatchInput,
  type BatchOutput,
} from "./prepare-batch.ts";
import { ScanProgress } from "./progress.ts";
import { readCsv, readJsonLines, ScanInputError, type ColumnMapping, type ReadPosition } from "./records.ts";
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
  /** Without the per-ad assignments (there may be millions): see `assignment`. */
  result: ScanResult;
  /** Where the `i`-th analysed ad (in input order) ended up, its slot values as JSON text. */
  assignment: (i: number) => { ad: string; cluster: string; network: string | null; slots: string };
  invalidRows: Record<string, number>;
  repairedRows: number;
  files: { networks: string; ads: string; report: string };
  /** Seconds spent reading and preparing, clustering, and writing. */
  timings: { prepare: number; cluster: number; write: number };
  /** Milliseconds of each clustering phase, from the engine. */
  phases: DetectionEngine["timings"];
}

const STOP_REFRESH_BATCHES = 32;
/**
 * Batches (or template packs) in flight per worker: enough that a worker has the next one when it
 * is done, even when the reading thread was not given the processor for a while.
 */
const IN_FLIGHT = 3;

/** Where the ads.jsonl lines of one batch are: a range of a lines file, minus left-out ads. */
interface LineSegment {
  file: number;
  offset: number;
  lineEnds: Uint32Array;
  /** Positions (in the batch) of prepared ads that were not stored: duplicate ids. */
  dropped: number[] | null;
}

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
  const engineOptions: EngineOptions = options.engine ?? {};
  // Signatures and template tokens on SharedArrayBuffer: the workers read them in place to build
  // templates.
  const engine = new DetectionEngine({ ...engineOptions, sharedMemory: true });
  const analyseOptions = {
    region: engineOptions.region,
    maxChars: engineOptions.maxChars,
    shingleSize: engineOptions.shingleSize,
    permutations: engine.analyser.options.permutations,
    lexicon: engineOptions.lexicon,
  };
  const workers = options.workers ?? availableParallelism();
  // Each thread that prepares ads appends their ads.jsonl lines to a file of its own.
  const lineFiles = Array.from({ length: Math.max(1, workers) }, (_, i) =>
    join(options.out, `.ads.partial.${i}.jsonl`),
  );
  const lineFile = (i: number) => lineFiles[i] ?? lineFiles[0] ?? "";
  const pool = workers > 0 ? new PreparePool(workers, analyseOptions, lineFile) : undefined;
  const local = pool ? undefined : new AdAnalyser(analyseOptions);
  const localSink = pool ? undefined : new FileLineSink(lineFile(0), 0);
  const position: ReadPosition = { bytes: 0 };
  const progress = new ScanProgress(size, { enabled: options.progress ?? false });
  const invalidRows: Record<string, number> = {};
  let repairedRows = 0;
  let analysed = 0;
  const segments: LineSegment[] = [];
  const started = performance.now();
  try {
    // 1. Read and prepare, keeping a few batches per worker in flight. JSON lines are
    //    parsed in the workers; the reading thread only finds line ends. Each batch comes back
    //    as a few buffers of packed features (stored without an object per ad); the ads.jsonl
    //    lines stay in the workers' files.
    const batchSize = options.batchSize ?? 256;
    const inFlight = new Map<number, Promise<BatchOutput>>();
    let nextSeq = 0;
    let nextToStore = 0;
    let ads: AdInput[] = [];
    let firstRow = 1;
    let rowsSeen = 0;
    let rowsWithText = 0;
    let firstKeys: string[] | undefined;
    const store = (output: BatchOutput) => {
      rowsSeen += output.order.length;
      rowsWithText += output.withText;
      firstKeys ??= output.keys;
      if (rowsWithText === 0 && rowsSeen >= 1000) {
        throw new ScanInputError(
          `no "${options.mapping.text}" field in the first ${rowsSeen} rows; fields found: ${(firstKeys ?? []).join(", ")}`,
        );
      }
      let ad = 0;
      let skip = 0;
      let problem = 0;
      const dropped: number[] = [];
      // Prepared ads are stored a run at a time, in input order with the skips between them.
      let run = 0;
      const storeRun = () => {
        analysed += engine.addBatch(output.prepared, run, ad, dropped);
        run = ad;
      };
      for (const kind of output.order) {
        if (kind === PREPARED) {
          if (output.repaired[ad] === 1) repairedRows++;
          ad++;
          continue;
        }
        storeRun();
        if (kind === INVALID) {
          const p = output.invalid[problem++] ?? "invalid_json";
          invalidRows[p] = (invalidRows[p] ?? 0) + 1;
        } else {
          const s = output.skips[skip++];
          engine.countReceived();
          if (s) engine.skip(s.id, s.reason);
        }
      }
      storeRun();
      for (const d of dropped) if (output.repaired[d] === 1) repairedRows--;
      if (ad > 0)
        segments.push({
          file: output.file,
          offset: output.offset,
          lineEnds: output.lineEnds,
          dropped: dropped.length > 0 ? dropped : null,
        });
      // Often at first, while the document frequencies move most, then every few batches.
      if (nextToStore % STOP_REFRESH_BATCHES === 0 || (nextToStore & (nextToStore - 1)) === 0)
        engine.refreshStopSet();
      progress.update(position.bytes, analysed);
    };
    const drainOne = async () => {
      const first = inFlight.get(nextToStore);
      if (!first) return;
      const output = await first;
      inFlight.delete(nextToStore);
      nextToStore++;
      store(output);
    };
    const send = async (rows?: { bytes: Uint8Array; rows: number }) => {
      let input: BatchInput;
      if (rows) {
        input = { rows: rows.bytes, firstRow, mapping: options.mapping };
        firstRow += rows.rows;
      } else {
        if (ads.length === 0) return;
        input = { ads };
        ads = [];
      }
      const seq = nextSeq++;
      if (pool) {
        inFlight.set(seq, pool.prepare(input, engine.stopSet()));
        while (inFlight.size >= pool.size * IN_FLIGHT) await drainOne();
      } else if (local && localSink) {
        const stop = engine.stopSet();
        nextToStore++;
        store(runBatch(local, input, new Set(stop.hashes), stop.id, localSink));
      }
    };
    if (format === "csv") {
      for await (const row of readCsv(options.file, options.mapping, position, options.delimiter)) {
        if (row.kind === "invalid") {
          invalidRows[row.problem] = (invalidRows[row.problem] ?? 0) + 1;
          continue;
        }
        if (row.repaired) repairedRows++;
        ads.push(row.ad);
        if (ads.length >= batchSize) await send();
      }
    } else {
      for await (const rows of readJsonLines(options.file, position, batchSize)) await send(rows);
    }
    await send();
    while (inFlight.size > 0) await drainOne();
    if (rowsSeen > 0 && rowsWithText === 0) {
      throw new ScanInputError(
        `no "${options.mapping.text}" field in any row; fields found: ${(firstKeys ?? []).join(", ")}`,
      );
    }
    localSink?.close();
    const prepared = performance.now();
    // 2. Cluster, link, rank: single-threaded, so results are the same as in one thread.
    progress.phase(`read ${analysed} ads; clustering`);
    // Templates are built in the worker threads, a few packs of clusters in flight per worker;
    // the result is the same as building them in the engine (which then builds none).
    let templateMs = 0;
    if (pool) {
      const work = engine.templateWork();
      const t0 = performance.now();
      await pool.templateData(engine.templateData());
      const pending = new Set<Promise<void>>();
      for (const pack of work) {
        const job = pool.templates(pack).then((built) => engine.storeTemplates(pack, built));
        pending.add(job);
        void job.then(
          () => pending.delete(job),
          () => undefined,
        );
        while (pending.size >= pool.size * IN_FLIGHT) await Promise.race(pending);
      }
      await Promise.all(pending);
      templateMs = performance.now() - t0;
      // The workers are done: their memory (and their hold on the shared arrays) goes now.
      await pool.close();
    }
    // Nothing is added after this: what only clustering more ads needs is freed before the
    // result's objects are made (most of a large scan's memory).
    engine.finish();
    const result = engine.result({ assignments: false });
    const clustered = performance.now();
    progress.phase(`${result.summary.clusters} clusters, ${result.summary.networks} networks; writing`);
    // 3. Outputs.
    await writeNetworks(files.networks, result, engine.analyser.matcher.lexicon, invalidRows, repairedRows);
    const maxNetworks = options.maxReportNetworks ?? 200;
    const maxAdsPerNetwork = 25;
    const wanted = reportAdIds(result, maxNetworks, maxAdsPerNetwork);
    const reportAds = await writeAds(lineFiles, segments, files.ads, engine, wanted);
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
    const report = await FileWriter.create(files.report);
    await report.write(html);
    await report.close();
    const written = performance.now();
    progress.stop();
    return {
      result,
      assignment: (i) => engine.assignment(i),
      invalidRows,
      repairedRows,
      files,
      phases: { ...engine.timings, templates: engine.timings.templates + templateMs },
      timings: {
        prepare: (prepared - started) / 1000,
        cluster: (clustered - prepared) / 1000,
        write: (written - clustered) / 1000,
      },
    };
  } finally {
    progress.stop();
    await pool?.close();
    try {
      localSink?.close();
    } catch {
      // Closed already.
    }
    for (const file of lineFiles) rmSync(file, { force: true });
  }
}

/** networks.json, written piece by piece: a million-ad result does not fit in one string. */
async function writeNetworks(
  file: string,
  result: ScanResult,
  lexicon: Lexicon,
  invalidRows: Record<string, number>,
  repairedRows: number,
): Promise<void> {
  const out = await FileWriter.create(file);
  const head = {
    engine: result.engine,
    lexicon: result.lexicon,
    // The flags in ads.jsonl name their indicator; what it weighs and how good its evidence is
    // is here, once.
    indicators: Object.fromEntries(lexicon.indicators.map((d) => [d.id, indicatorEntry(d)])),
    gazetteer: result.gazetteer,
    parameters: result.parameters,
    summary: result.summary,
    invalidRows,
    repairedRows,
  };
  await out.write(`${JSON.stringify(head, null, 1).slice(0, -2)},\n "skipped": [`);
  for (let i = 0; i < result.skipped.length; i++)
    await out.write(`${i ? "," : ""}\n  ${JSON.stringify(result.skipped[i])}`);
  await out.write('\n ],\n "networks": [');
  for (let i = 0; i < result.networks.length; i++)
    await out.write(`${i ? "," : ""}\n  ${JSON.stringify(result.networks[i])}`);
  await out.write('\n ],\n "clusters": [');
  for (let i = 0; i < result.clusters.length; i++)
    await out.write(`${i ? "," : ""}\n  ${JSON.stringify(result.clusters[i])}`);
  await out.write("\n ]\n}\n");
  await out.close();
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
 * template slot values. The lines are copied as bytes from the files the threads that prepared
 * them wrote (never decoded, except those of the ads the report shows, which are kept for it).
 */
async function writeAds(
  lineFiles: readonly string[],
  segments: readonly LineSegment[],
  file: string,
  engine: DetectionEngine,
  wanted: ReadonlySet<string>,
): Promise<Map<string, ReportAd>> {
  const out = await FileWriter.create(file);
  const shown = new Map<string, ReportAd>();
  const fds = lineFiles.map((f) => {
    try {
      return openSync(f, "r");
    } catch {
      return -1;
    }
  });
  let buffer = Buffer.allocUnsafeSlow(1 << 20);
  let i = 0;
  try {
    for (const segment of segments) {
      const length = segment.lineEnds[segment.lineEnds.length - 1] ?? 0;
      if (buffer.length < length) buffer = Buffer.allocUnsafeSlow(Math.max(length, 2 * buffer.length));
      const fd = fds[segment.file] ?? -1;
      let done = 0;
      while (done < length) {
        const read = readSync(fd, buffer, done, length - done, segment.offset + done);
        if (read === 0) throw new Error("an ads.jsonl lines file is shorter than expected");
        done += read;
      }
      let start = 0;
      let d = 0;
      for (let x = 0; x < segment.lineEnds.length; x++) {
        const end = segment.lineEnds[x] ?? start;
        const lineStart = start;
        start = end;
        if (segment.dropped && segment.dropped[d] === x) {
          d++;
          continue;
        }
        // The line without its "\n", and without its closing brace, which the assignment adds.
        const last = end - 2;
        const a = engine.assignment(i++);
        if (buffer[last] !== 0x7d) continue;
        const extra = `,"cluster":${JSON.stringify(a.cluster)},"network":${JSON.stringify(a.network)},"slots":${a.slots}}\n`;
        if (out.room < last - lineStart + extra.length * 3) await out.flush();
        if (out.room < last - lineStart + extra.length * 3) {
          // A line longer than the buffer.
          await out.write(buffer.toString("utf8", lineStart, last) + extra);
        } else {
          out.bytes(buffer, lineStart, last);
          out.text(extra);
        }
        if (wanted.has(a.ad)) shown.set(a.ad, reportAd(buffer.toString("utf8", lineStart, end - 1)));
      }
      if (out.full) await out.flush();
    }
  } finally {
    for (const fd of fds) if (fd >= 0) closeSync(fd);
  }
  await out.close();
  return shown;
}

/** What the report shows of an ad, from its ads.jsonl line. */
function reportAd(line: string): ReportAd {
  const parsed = JSON.parse(line) as {
    id: string;
    text: string;
    date?: string;
    place?: string;
    flags: Pick<IndicatorFlag, "indicator" | "spans">[];
  };
  return {
    id: parsed.id,
    text: parsed.text,
    date: parsed.date,
    place: parsed.place,
    spans: parsed.flags.flatMap((f) =>
      f.spans.map((s) => ({ start: s.start, end: s.end, indicator: f.indicator })),
    ),
  };
}
