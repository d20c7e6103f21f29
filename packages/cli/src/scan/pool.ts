import { Worker } from "node:worker_threads";
import type { AnalyseOptions } from "@ariadne/detect";
import type { BatchOutput } from "./prepare-batch.ts";
import type { BatchRequest } from "./worker.ts";

interface Slot {
  worker: Worker;
  busy: number;
  stopId: number;
}

/**
 * Worker threads that prepare batches of ads. Each request goes to the least busy worker;
 * results come back as promises (possibly out of order: the caller re-orders by `seq`).
 */
export class PreparePool {
  private readonly slots: Slot[];
  private readonly waiting = new Map<
    number,
    { resolve: (items: BatchOutput) => void; reject: (e: Error) => void }
  >();
  private failure: Error | undefined;

  constructor(size: number, options: AnalyseOptions) {
    const entry = new URL("./worker-entry.mjs", import.meta.url);
    this.slots = Array.from({ length: size }, () => {
      const worker = new Worker(entry, { workerData: options });
      const slot: Slot = { worker, busy: 0, stopId: 0 };
      worker.on("message", (message: { seq: number; output: BatchOutput }) => {
        slot.busy--;
        const waiter = this.waiting.get(message.seq);
        this.waiting.delete(message.seq);
        waiter?.resolve(message.output);
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

  prepare(
    request: Omit<BatchRequest, "stop">,
    stop: { id: number; hashes: Uint32Array },
  ): Promise<BatchOutput> {
    if (this.failure) return Promise.reject(this.failure);
    let slot = this.slots[0];
    for (const s of this.slots) if (slot === undefined || s.busy < slot.busy) slot = s;
    if (!slot) return Promise.reject(new Error("no scan workers"));
    slot.busy++;
    const message: BatchRequest = { ...request };
    if (slot.stopId !== stop.id) {
      message.stop = stop;
      slot.stopId = stop.id;
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(request.seq, { resolve, reject });
      slot.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
