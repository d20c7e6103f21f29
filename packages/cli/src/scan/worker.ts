import { parentPort, workerData } from "node:worker_threads";
import {
  AdAnalyser,
  buildTemplates,
  type AnalyseOptions,
  type BuiltTemplates,
  type TemplateData,
  type TemplatePack,
} from "@ariadne/detect";
import { FileLineSink, runBatch, transferables, type BatchInput, type BatchOutput } from "./prepare-batch.ts";

/** A batch to prepare (`stop` is sent only when the stop-shingle set changed), or a template pack. */
export type WorkerRequest =
  | { id: number; input: BatchInput; stop?: { id: number; hashes: Uint32Array } }
  | { id: number; data: TemplateData }
  | { id: number; pack: TemplatePack };

export type WorkerResponse =
  { id: number; output: BatchOutput } | { id: number; ready: true } | { id: number; built: BuiltTemplates };

/** What each worker is started with: the analysis options and its own file for ads.jsonl lines. */
export interface WorkerData {
  options: AnalyseOptions;
  lines: string;
  file: number;
}

const data = workerData as WorkerData;
const analyser = new AdAnalyser(data.options);
const sink = new FileLineSink(data.lines, data.file);
let stopId = 0;
let stop: ReadonlySet<number> | null = null;

/** What templates are read from (the engine's arrays, shared with the reading thread). */
let templateData: TemplateData | undefined;

parentPort?.on("message", (request: WorkerRequest) => {
  if ("data" in request) {
    templateData = request.data;
    parentPort?.postMessage({ id: request.id, ready: true });
    return;
  }
  if ("pack" in request) {
    if (!templateData) throw new Error("template data must come before template packs");
    const built = buildTemplates(templateData, request.pack);
    parentPort?.postMessage({ id: request.id, built }, [
      built.slotEnds.buffer as ArrayBuffer,
      built.medoids.buffer as ArrayBuffer,
    ]);
    return;
  }
  if (request.stop) {
    stopId = request.stop.id;
    stop = new Set(request.stop.hashes);
  }
  const output = runBatch(analyser, request.input, stop, stopId, sink);
  parentPort?.postMessage({ id: request.id, output }, transferables(output));
});
