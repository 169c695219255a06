/**
 * A fixed pool of extraction worker threads (extractWorker.js) for large
 * `sitrep extract` runs: batches go to whichever worker is free. A worker
 * that fails makes its batch fail with E_WORKER; extract stops there, with
 * every batch written before it kept (each is its own transaction).
 */
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SitrepError } from "../errors.js";
import type { Extraction } from "../model/extraction.js";
import type { ExtractReply, ExtractRequest, StoredArticle } from "./extractWorker.js";

/** The compiled worker script, or null when running from TypeScript sources (tests), where workers cannot load. */
export function extractWorkerScript(): URL | null {
  const url = new URL("./extractWorker.js", import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job: { id: number; resolve: (r: Extraction[]) => void; reject: (e: Error) => void } | null;
}

export class ExtractPool {
  private readonly slots: Slot[];
  private readonly waiting: Array<() => void> = [];
  private nextId = 1;

  constructor(script: URL, size: number, lexicons: { files: Record<string, string>; dir: string }) {
    this.slots = Array.from({ length: size }, () => {
      const worker = new Worker(script, { workerData: lexicons });
      const slot: Slot = { worker, ready: Promise.resolve(), job: null };
      slot.ready = new Promise((resolve, reject) => {
        worker.once("error", reject);
        worker.on("message", (reply: ExtractReply) => {
          if ("ready" in reply) return resolve();
          const job = slot.job;
          if (!job || job.id !== reply.id) return;
          slot.job = null;
          if (reply.ok) job.resolve(reply.results);
          else job.reject(new SitrepError("E_WORKER", `extraction failed in a worker: ${reply.message}`));
          this.waiting.shift()?.();
        });
      });
      worker.on("error", (err) => {
        slot.job?.reject(new SitrepError("E_WORKER", `extraction worker failed: ${err.message}`));
        slot.job = null;
      });
      return slot;
    });
  }

  async run(batch: StoredArticle[]): Promise<Extraction[]> {
    let slot = this.slots.find((s) => !s.job);
    while (!slot) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      slot = this.slots.find((s) => !s.job);
    }
    const free = slot;
    const id = this.nextId++;
    const result = new Promise<Extraction[]>((resolve, reject) => (free.job = { id, resolve, reject }));
    await free.ready;
    free.worker.postMessage({ id, batch } satisfies ExtractRequest);
    return result;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
