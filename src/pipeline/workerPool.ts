/**
 * A fixed pool of worker threads running parseWorker.js, one article at a
 * time each, with a time limit per article: a worker that overruns is
 * terminated (so one pathological article cannot hang a batch), its article
 * fails with E_TIMEOUT, and a fresh worker takes its place.
 */
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { WorkerReply, WorkerRequest } from "./parseWorker.js";
import type { DecodedArticle, Processed } from "./processArticle.js";

export class ArticleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Slot {
  worker: Worker;
  busy: { id: number; resolve: (p: Processed) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | null;
}

/** The compiled worker script, or null when running from TypeScript sources (tests), where workers cannot load. */
export function workerScript(): URL | null {
  const url = new URL("./parseWorker.js", import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private waiting: Array<() => void> = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly script: URL,
    size: number,
    private readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), busy: null };
    slot.worker.on("message", (reply: WorkerReply) => {
      const job = slot.busy;
      if (!job || job.id !== reply.id) return;
      clearTimeout(job.timer);
      slot.busy = null;
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new ArticleError(reply.code, reply.message));
      this.waiting.shift()?.();
    });
    slot.worker.on("error", (err) => this.replace(slot, new ArticleError("E_WORKER", `worker failed: ${err.message}`)));
    slot.worker.unref();
    return slot;
  }

  /** Fails the slot's article and puts a new worker in its place. */
  private replace(slot: Slot, reason: Error): void {
    const job = slot.busy;
    slot.busy = null;
    void slot.worker.terminate();
    if (job) {
      clearTimeout(job.timer);
      job.reject(reason);
    }
    if (this.closed) return;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = this.spawn();
    this.waiting.shift()?.();
  }

  async run(decoded: DecodedArticle, referenceDate: string): Promise<Processed> {
    let slot = this.slots.find((s) => !s.busy);
    while (!slot) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      slot = this.slots.find((s) => !s.busy);
    }
    const id = this.nextId++;
    // The raw bytes are not needed past decoding; don't copy them to the worker.
    const request: WorkerRequest = { id, decoded: { ...decoded, raw: { ...decoded.raw, content: "" } }, referenceDate };
    return new Promise<Processed>((resolve, reject) => {
      const timer = setTimeout(
        () => this.replace(slot, new ArticleError("E_TIMEOUT", `processing took longer than ${this.timeoutMs / 1000} s; skipped`)),
        this.timeoutMs,
      );
      slot.busy = { id, resolve, reject, timer };
      slot.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
