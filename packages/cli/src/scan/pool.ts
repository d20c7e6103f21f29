import { Worker } from "node:worker_threads";
import {
  packBuffers,
  type AnalyseOptions,
  type BuiltTemplates,
  type TemplateData,
  type TemplatePack,
} from "@ariadne/detect";
import type { BatchInput, BatchOutput } from "./prepare-batch.ts";
import type { WorkerData, WorkerRequest, WorkerResponse } from "./worker.ts";

interface Slot {
  worker: Worker;
  busy: number;
  stopId: number;
}

/**
 * Worker threads that prepare batches of ads and build cluster templates. Each request goes to
 * the least busy worker; results come back as promises (possibly out of order: the caller
 * re-orders batches by their own sequence numbers).
 */
export class PreparePool {
  private readonly slots: Slot[];
  private readonly waiting = new Map<
    number,
    { resolve: (response: WorkerResponse) => void; reject: (e: Error) => void }
  >();
  private failure: Error | undefined;
  private nextId = 0;

  /** `lines(i)` is the file worker `i` writes its ads.jsonl lines to (see `LineSink`). */
  constructor(size: number, options: AnalyseOptions, lines: (worker: number) => string) {
    const entry = new URL("./worker-entry.mjs", import.meta.url);
    this.slots = Array.from({ length: size }, (_, i) => {
      const workerData: WorkerData = { options, lines: lines(i), file: i };
      // A larger young generation: each ad leaves tens of kilobytes of short-lived objects, and
      // fewer, larger scavenges copy the same survivors (the batch in progress) less often.
      const worker = new Worker(entry, { workerData, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      const slot: Slot = { worker, busy: 0, stopId: 0 };
      worker.on("message", (message: WorkerResponse) => {
        slot.busy--;
        const waiter = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        waiter?.resolve(message);
      });
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (code !== 0) this.fail(new Error(`a scan worker stopped with code ${code}`));
      });
      return slot;
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  get size(): number {
    return this.slots.length;
  }

  private send(build: (slot: Slot) => WorkerRequest, transfer: ArrayBuffer[]): Promise<WorkerResponse> {
    if (this.failure) return Promise.reject(this.failure);
    let slot = this.slots[0];
    for (const s of this.slots) if (slot === undefined || s.busy < slot.busy) slot = s;
    if (!slot) return Promise.reject(new Error("no scan workers"));
    const target = slot;
    target.busy++;
    const message = build(target);
    return new Promise((resolve, reject) => {
      this.waiting.set(message.id, { resolve, reject });
      target.worker.postMessage(message, transfer);
    });
  }

  /** Prepares a batch; `stop` goes with it only when the worker has not had it yet. */
  async prepare(input: BatchInput, stop: { id: number; hashes: Uint32Array }): Promise<BatchOutput> {
    // The rows' bytes are handed over: the reading thread does not need them again.
    const transfer = "rows" in input ? [input.rows.buffer as ArrayBuffer] : [];
    const response = await this.send((slot) => {
      const message: WorkerRequest = { id: this.nextId++, input };
      if (slot.stopId !== stop.id) {
        message.stop = stop;
        slot.stopId = stop.id;
      }
      return message;
    }, transfer);
    if (!("output" in response)) throw new Error("a scan worker answered a batch with something else");
    return response.output;
  }

  /**
   * Gives every worker what templates are read from (its arrays on SharedArrayBuffer are shared,
   * not copied); call once, before `templates`.
   */
  async templateData(data: TemplateData): Promise<void> {
    await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<WorkerResponse>((resolve, reject) => {
            if (this.failure) return reject(this.failure);
            const id = this.nextId++;
            this.waiting.set(id, { resolve, reject });
            slot.busy++;
            slot.worker.postMessage({ id, data } satisfies WorkerRequest);
          }),
      ),
    );
  }

  /** Builds the templates of a pack (its buffers are handed over to the worker). */
  async templates(pack: TemplatePack): Promise<BuiltTemplates> {
    const response = await this.send(() => ({ id: this.nextId++, pack }), packBuffers(pack));
    if (!("built" in response)) throw new Error("a scan worker answered a template pack with something else");
    return response.built;
  }

  private closed = false;

  /** Stops the workers (once; later calls do nothing). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
