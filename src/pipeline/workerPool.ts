/**
 * A pool of at most `size` worker threads running parseWorker.js, one
 * article at a time each, with a time limit per article. Workers start on
 * demand (each loads compromise and the lexicons, about a second), so a
 * re-ingest where every article is unchanged starts none; an article's time
 * limit counts from the moment its worker is ready, so start-up is never
 * charged to the first article.
 *
 * A worker that overruns is terminated (so one pathological article cannot
 * hang a batch) and its article fails with E_TIMEOUT; a worker that dies on
 * its own (an error, running out of memory, exiting) fails its article with
 * E_WORKER. Either way the worker is dropped and a fresh one starts when the
 * next article needs it — never in a loop, even if workers cannot start.
 */
import { Worker } from "node:worker_threads";
import { isErrorCode, SitrepError } from "../errors.js";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { WorkerReply, WorkerRequest } from "./parseWorker.js";
import type { DecodedArticle, Processed } from "./processArticle.js";


interface Job {
  request: WorkerRequest;
  resolve: (p: Processed) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout | null;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its modules and lexicons. */
  ready: boolean;
  busy: Job | null;
}

/** How long a worker may take to start before its first article fails, in ms. */
const STARTUP_LIMIT_MS = 120_000;

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
    private readonly size: number,
    private readonly timeoutMs: number,
  ) {}

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), ready: false, busy: null };
    slot.worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) {
        slot.ready = true;
        if (slot.busy) this.start(slot, slot.busy, this.timeoutMs);
        return;
      }
      const job = slot.busy;
      if (!job || job.request.id !== reply.id) return;
      if (job.timer) clearTimeout(job.timer);
      slot.busy = null;
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new SitrepError(isErrorCode(reply.code) ? reply.code : "E_INTERNAL", reply.message));
      this.waiting.shift()?.();
    });
    slot.worker.on("error", (err) => this.drop(slot, new SitrepError("E_WORKER", `worker failed: ${err.message}; the article was skipped`)));
    // Exits we cause (drop, close) find the slot idle; any other exit mid-article is a failure.
    slot.worker.on("exit", (code) => {
      if (slot.busy) this.drop(slot, new SitrepError("E_WORKER", `worker stopped (exit code ${code}) while processing; the article was skipped`));
    });
    slot.worker.unref();
    return slot;
  }

  /** Starts the article's clock and hands it to the worker (a worker not yet ready gets the start-up allowance). */
  private start(slot: Slot, job: Job, limitMs: number): void {
    if (job.timer) clearTimeout(job.timer);
    const error = slot.ready
      ? new SitrepError("E_TIMEOUT", `processing took longer than ${this.timeoutMs / 1000} s; skipped (split the article, or raise --article-timeout)`)
      : new SitrepError("E_WORKER", `the worker thread did not start within ${limitMs / 1000} s; the article was skipped`);
    job.timer = setTimeout(() => this.drop(slot, error), limitMs);
    if (slot.ready) slot.worker.postMessage(job.request);
  }

  /** Fails the slot's article, stops its worker and frees its place for a fresh one. */
  private drop(slot: Slot, reason: Error): void {
    const job = slot.busy;
    slot.busy = null;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
    if (job) {
      if (job.timer) clearTimeout(job.timer);
      job.reject(reason);
    }
    if (!this.closed) this.waiting.shift()?.();
  }

  async run(decoded: DecodedArticle, referenceDate: string): Promise<Processed> {
    let slot = this.free();
    while (!slot) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      slot = this.free();
    }
    // The raw bytes are not needed past decoding; don't copy them to the worker.
    const request: WorkerRequest = { id: this.nextId++, decoded: { ...decoded, raw: { ...decoded.raw, content: "" } }, referenceDate };
    const ready = slot;
    return new Promise<Processed>((resolve, reject) => {
      const job: Job = { request, resolve, reject, timer: null };
      ready.busy = job;
      this.start(ready, job, ready.ready ? this.timeoutMs : STARTUP_LIMIT_MS + this.timeoutMs);
    });
  }

  /** An idle worker, or a new one while the pool is below its size. */
  private free(): Slot | undefined {
    const idle = this.slots.find((s) => !s.busy);
    if (idle || this.slots.length >= this.size) return idle;
    const slot = this.spawn();
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
