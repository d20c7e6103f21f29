import type { AdAnalyser, AdInput, PreparedFeatures, SkipReason } from "@ariadne/detect";
import { parseJsonLine, type ColumnMapping, type RowProblem } from "./records.ts";

/** One input's outcome: what the engine needs and its ads.jsonl line, or why it was skipped. */
export type BatchItem =
  | { features: PreparedFeatures; line: string; repaired: boolean }
  | { skip: { id: string; reason: SkipReason } }
  | { invalid: RowProblem };

/** What a batch holds: ads already read (CSV) or raw JSON lines to parse here. */
export type BatchInput = { ads: AdInput[] } | { lines: string[]; firstRow: number; mapping: ColumnMapping };

/** A batch's results, with what the reading side checks about the input's fields. */
export interface BatchOutput {
  items: BatchItem[];
  /** Rows that had the text field. */
  withText: number;
  /** Field names of the file's first row, when this batch has it. */
  keys?: string[];
}

/** Parses (for JSON lines) and prepares one batch. */
export function runBatch(
  analyser: AdAnalyser,
  input: BatchInput,
  stop: ReadonlySet<number> | null,
  stopId: number,
): BatchOutput {
  if ("ads" in input) {
    return { items: prepareBatch(analyser, input.ads, stop, stopId), withText: input.ads.length };
  }
  const items: BatchItem[] = [];
  let withText = 0;
  let keys: string[] | undefined;
  input.lines.forEach((line, i) => {
    const parsed = parseJsonLine(line, input.mapping, input.firstRow + i);
    if (parsed.hasText) withText++;
    if (parsed.keys) keys = parsed.keys;
    if (parsed.row.kind === "invalid") items.push({ invalid: parsed.row.problem });
    else if (parsed.row.kind === "ad") {
      const [item] = prepareBatch(analyser, [parsed.row.ad], stop, stopId);
      if (item) items.push("features" in item ? { ...item, repaired: parsed.row.repaired } : item);
    }
  });
  return { items, withText, ...(keys ? { keys } : {}) };
}

/**
 * The per-ad stage, run in a worker thread (or in the main thread when there is one core):
 * analysis, extraction, indicators and MinHash signature. The ads.jsonl line is written here so
 * that the main thread only appends the ad's cluster and network at the end.
 */
export function prepareBatch(
  analyser: AdAnalyser,
  ads: readonly AdInput[],
  stop: ReadonlySet<number> | null,
  stopId: number,
): BatchItem[] {
  return ads.map((ad, i) => {
    const result = analyser.prepare(ad, stop, stopId);
    if (!result.ok) return { skip: { id: result.id || `#${i}`, reason: result.reason } };
    const { analysis, ...features } = result.value;
    const line = JSON.stringify({
      id: analysis.id,
      ...(ad.title !== undefined ? { title: ad.title } : {}),
      ...(ad.date !== undefined ? { date: ad.date } : {}),
      ...(ad.place !== undefined ? { place: ad.place } : {}),
      text: analysis.text,
      truncated: analysis.truncated,
      language: analysis.language,
      indicatorScore: Math.round(analysis.indicatorScore * 1000) / 1000,
      flags: analysis.flags,
      extractions: analysis.extractions,
    });
    return { features, line, repaired: false };
  });
}

/** The typed arrays of a batch, to transfer rather than copy between threads. */
export function transferables(items: readonly BatchItem[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const item of items) {
    if ("features" in item) {
      const { kinds, shingles, signature } = item.features;
      for (const a of [kinds, shingles, signature]) {
        if (a.buffer instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength)
          out.push(a.buffer);
      }
    }
  }
  return out;
}
