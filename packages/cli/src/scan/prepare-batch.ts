import { closeSync, openSync, writeSync } from "node:fs";
import {
  batchBuffers,
  PreparedBatchBuilder,
  type AdAnalyser,
  type AdInput,
  type PreparedBatch,
  type SkipReason,
} from "@ariadne/detect";
import { decodeRows, parseJsonLine, type ColumnMapping, type RowProblem } from "./records.ts";

/** What a batch holds: ads already read (CSV) or JSON lines to decode and parse here (UTF-8). */
export type BatchInput = { ads: AdInput[] } | { rows: Uint8Array; firstRow: number; mapping: ColumnMapping };

/** What each input of a batch became, in input order. */
export const PREPARED = 0;
export const SKIPPED = 1;
export const INVALID = 2;

/**
 * Where the ads.jsonl lines of prepared ads go: appended to a file of the thread that prepares
 * them (the reading thread never holds them), at the offset `write` returns.
 */
export interface LineSink {
  /** A number for the file, for the reading thread to find it again. */
  readonly file: number;
  write(bytes: Uint8Array): number;
}

/**
 * A batch's results in a few buffers, to transfer between threads rather than copy: the features
 * the engine needs, packed (`prepared`), and where each prepared ad's ads.jsonl line was written.
 */
export interface BatchOutput {
  /** PREPARED, SKIPPED or INVALID for each input in order; they take the next ad, skip or problem. */
  order: Uint8Array;
  prepared: PreparedBatch;
  /**
   * The ads.jsonl lines of the prepared ads (UTF-8, each ending with "\n") are at `offset` in
   * the sink's `file`; ad `i`'s line ends `lineEnds[i]` bytes after `offset`.
   */
  file: number;
  offset: number;
  lineEnds: Uint32Array;
  /** 1 for a prepared ad whose text had invalid UTF-8 replaced. */
  repaired: Uint8Array;
  skips: { id: string; reason: SkipReason }[];
  invalid: RowProblem[];
  /** Rows that had the text field. */
  withText: number;
  /** Field names of the file's first row, when this batch has it. */
  keys?: string[];
}

const builders = new WeakMap<AdAnalyser, PreparedBatchBuilder>();

/** The lines of the batch being prepared (reused: they are written out before the next batch). */
let lines = new Uint8Array(1 << 19);

/** Collects a batch's outcomes. */
class BatchWriter {
  readonly order: number[] = [];
  readonly builder: PreparedBatchBuilder;
  private used = 0;
  private readonly lineEnds: number[] = [];
  private readonly repaired: number[] = [];
  readonly skips: { id: string; reason: SkipReason }[] = [];
  readonly invalid: RowProblem[] = [];
  private readonly encoder = new TextEncoder();

  constructor(private readonly analyser: AdAnalyser) {
    // One builder per analyser (per thread), its buffers reused from batch to batch.
    let builder = builders.get(analyser);
    if (!builder) builders.set(analyser, (builder = new PreparedBatchBuilder(analyser.perms.k)));
    this.builder = builder;
  }

  /** Prepares one ad and writes its line, or records why it was skipped. */
  ad(ad: AdInput, position: number, repaired: boolean, stop: ReadonlySet<number> | null, stopId: number) {
    const result = this.analyser.prepareInto(this.builder, ad, stop, stopId);
    if (!result.ok) {
      this.order.push(SKIPPED);
      this.skips.push({ id: result.id || `#${position}`, reason: result.reason });
      return;
    }
    const analysis = result.value;
    this.line(
      JSON.stringify({
        id: analysis.id,
        ...(ad.title !== undefined ? { title: ad.title } : {}),
        ...(ad.date !== undefined ? { date: ad.date } : {}),
        ...(ad.place !== undefined ? { place: ad.place } : {}),
        text: analysis.text,
        truncated: analysis.truncated,
        language: analysis.language,
        indicatorScore: Math.round(analysis.indicatorScore * 1000) / 1000,
        // What the lexicon says of each indicator (version, category, grade, weight) is written
        // once, in networks.json, not in every flag of every ad.
        flags: analysis.flags.map((f) => ({ indicator: f.indicator, language: f.language, spans: f.spans })),
        extractions: analysis.extractions,
      }),
    );
    this.order.push(PREPARED);
    this.repaired.push(repaired ? 1 : 0);
  }

  problem(problem: RowProblem): void {
    this.order.push(INVALID);
    this.invalid.push(problem);
  }

  private line(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const need = this.used + text.length * 3 + 1;
    if (need > lines.length) {
      const next = new Uint8Array(Math.max(need, lines.length * 2));
      next.set(lines.subarray(0, this.used));
      lines = next;
    }
    this.used += this.encoder.encodeInto(text, lines.subarray(this.used)).written;
    lines[this.used++] = 0x0a;
    this.lineEnds.push(this.used);
  }

  done(withText: number, keys: string[] | undefined, sink: LineSink): BatchOutput {
    return {
      order: Uint8Array.from(this.order),
      prepared: this.builder.build(),
      file: sink.file,
      offset: this.used > 0 ? sink.write(lines.subarray(0, this.used)) : 0,
      lineEnds: Uint32Array.from(this.lineEnds),
      repaired: Uint8Array.from(this.repaired),
      skips: this.skips,
      invalid: this.invalid,
      withText,
      ...(keys ? { keys } : {}),
    };
  }
}

/**
 * Parses (for JSON lines) and prepares one batch: analysis, extraction, indicators and MinHash
 * signature, run in a worker thread (or in the main thread with `--workers 0`). The ads.jsonl
 * line is written here so that the main thread only appends each ad's cluster and network.
 */
export function runBatch(
  analyser: AdAnalyser,
  input: BatchInput,
  stop: ReadonlySet<number> | null,
  stopId: number,
  sink: LineSink,
): BatchOutput {
  if ("ads" in input) {
    const out = new BatchWriter(analyser);
    input.ads.forEach((ad, i) => out.ad(ad, i, false, stop, stopId));
    return out.done(input.ads.length, undefined, sink);
  }
  const rows = decodeRows(input.rows);
  const out = new BatchWriter(analyser);
  let withText = 0;
  let keys: string[] | undefined;
  rows.forEach((line, i) => {
    const parsed = parseJsonLine(line, input.mapping, input.firstRow + i);
    if (parsed.hasText) withText++;
    if (parsed.keys) keys = parsed.keys;
    if (parsed.row.kind === "invalid") out.problem(parsed.row.problem);
    else out.ad(parsed.row.ad, 0, parsed.row.repaired, stop, stopId);
  });
  return out.done(withText, keys, sink);
}

/** A LineSink appending to a file with synchronous writes (in the thread that prepares). */
export class FileLineSink implements LineSink {
  private readonly fd: number;
  private size = 0;

  constructor(
    path: string,
    readonly file: number,
  ) {
    this.fd = openSync(path, "w");
  }

  write(bytes: Uint8Array): number {
    const offset = this.size;
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.size += bytes.length;
    return offset;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** The buffers of a batch's output, to transfer rather than copy between threads. */
export function transferables(output: BatchOutput): ArrayBuffer[] {
  const out = batchBuffers(output.prepared);
  for (const a of [output.order, output.lineEnds, output.repaired]) {
    if (a.buffer instanceof ArrayBuffer) out.push(a.buffer);
  }
  return out;
}
