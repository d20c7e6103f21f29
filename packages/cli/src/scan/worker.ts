import { parentPort, workerData } from "node:worker_threads";
import { AdAnalyser, type AnalyseOptions } from "@ariadne/detect";
import { runBatch, transferables, type BatchInput } from "./prepare-batch.ts";

/** A batch to prepare; `stop` is sent only when the stop-shingle set changed. */
export interface BatchRequest {
  seq: number;
  input: BatchInput;
  stop?: { id: number; hashes: Uint32Array };
}

const analyser = new AdAnalyser(workerData as AnalyseOptions);
let stopId = 0;
let stop: ReadonlySet<number> | null = null;

parentPort?.on("message", (request: BatchRequest) => {
  if (request.stop) {
    stopId = request.stop.id;
    stop = new Set(request.stop.hashes);
  }
  const output = runBatch(analyser, request.input, stop, stopId);
  parentPort?.postMessage({ seq: request.seq, output }, transferables(output.items));
});
