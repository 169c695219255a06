/**
 * The one pool of worker threads, used for both jobs that run in threads:
 * ingest's parse-and-extract (parseAndExtractWorker.ts) and `sitrep extract`'s
 * re-extraction (extractWorker.ts). At most `size` threads, one task (one
 * article) at a time each, with a time limit per task. Threads start on
 * demand (each loads compromise or the lexicons, about a second), so a run
 * with nothing to do starts none; a task's time limit counts from the
 * moment its thread is ready, so start-up is never charged to the first
 * article.
 *
 * A thread that overruns is terminated (so one pathological article cannot
 * hang a run) and its task fails with E_TIMEOUT; a thread that dies on its
 * own (an error, running out of memory, exiting) fails its task with
 * E_WORKER (E_MEMORY when it outgrew `memoryLimitMb`, the heap each thread
 * may use); an error the task itself throws comes back with its code
 * (E_INTERNAL when it has none). Either way only that task fails — the
 * caller names its article and goes on — and a fresh thread starts when the
 * next task needs one, never in a loop, even if threads cannot start.
 *
 * The thread side of the protocol is serveTasks.ts.
 */
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isErrorCode, SitrepError } from "../errors.js";
import type { TaskReply, TaskRequest } from "./serveTasks.js";

interface Job<Req, Res> {
  request: TaskRequest<Req>;
  resolve: (r: Res) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout | null;
}

interface Slot<Req, Res> {
  worker: Worker;
  /** The thread has loaded its modules and data. */
  ready: boolean;
  busy: Job<Req, Res> | null;
}

export interface ThreadPoolOptions {
  /** Most threads at once. */
  size: number;
  /** Longest one task may take once its thread is ready, in ms. */
  taskLimitMs: number;
  /** How long a thread may take to start before its first task fails, in ms (default 120 s). */
  startupLimitMs?: number;
  /** Handed to every thread (node:worker_threads workerData). */
  workerData?: unknown;
  /** What a task that overruns is told to do (the flag or the article to change). */
  timeoutAdvice?: string;
  /** Most heap one thread may use, in MB (V8's old generation); past it the thread stops and its task fails with E_MEMORY. */
  memoryLimitMb?: number;
  /** What a task that outgrows the memory limit is told to do. */
  memoryAdvice?: string;
}

/** A compiled worker script next to this module, or null when running from TypeScript sources (tests), where threads cannot load. */
export function compiledScript(name: string): URL | null {
  const url = new URL(`./${name}`, import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

export class ThreadPool<Req, Res> {
  private slots: Slot<Req, Res>[] = [];
  private waiting: Array<() => void> = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly options: ThreadPoolOptions,
  ) {}

  private spawn(): Slot<Req, Res> {
    const limit = this.options.memoryLimitMb;
    // With only an old-generation limit, V8 sizes the young generation down
    // from it and the thread spends its first articles collecting garbage:
    // keep V8's usual 48 MB (three 16 MB semi-spaces).
    const resourceLimits = limit ? { resourceLimits: { maxOldGenerationSizeMb: limit, maxYoungGenerationSizeMb: 48 } } : {};
    const worker = new Worker(this.script, { workerData: this.options.workerData, ...resourceLimits });
    const slot: Slot<Req, Res> = { worker, ready: false, busy: null };
    slot.worker.on("message", (reply: TaskReply<Res>) => {
      if ("ready" in reply) {
        slot.ready = true;
        if (slot.busy) this.start(slot, slot.busy, this.options.taskLimitMs);
        return;
      }
      const job = slot.busy;
      if (!job || job.request.id !== reply.id) return;
      if (job.timer) clearTimeout(job.timer);
      slot.busy = null;
      if (reply.ok) job.resolve(reply.result);
      // A thread sends back the code its error had; one outside the catalogue is a bug.
      else job.reject(new SitrepError(isErrorCode(reply.code) ? reply.code : "E_INTERNAL", reply.message));
      this.waiting.shift()?.();
    });
    slot.worker.on("error", (err: Error & { code?: string }) =>
      this.drop(
        slot,
        err.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new SitrepError("E_MEMORY", `processing needed more than the ${limit} MB of memory one article may use; skipped (${this.options.memoryAdvice ?? "split the article"})`)
          : new SitrepError("E_WORKER", `worker failed: ${err.message}; the article was skipped`),
      ),
    );
    // Exits we cause (drop, close) find the slot idle; any other exit mid-task is a failure.
    slot.worker.on("exit", (code) => {
      if (slot.busy) this.drop(slot, new SitrepError("E_WORKER", `worker stopped (exit code ${code}) while processing; the article was skipped`));
    });
    slot.worker.unref();
    return slot;
  }

  /** Starts the task's clock and hands it to the thread (a thread not yet ready gets the start-up allowance). */
  private start(slot: Slot<Req, Res>, job: Job<Req, Res>, limitMs: number): void {
    if (job.timer) clearTimeout(job.timer);
    const advice = this.options.timeoutAdvice ?? "split the article";
    const error = slot.ready
      ? new SitrepError("E_TIMEOUT", `processing took longer than ${this.options.taskLimitMs / 1000} s; skipped (${advice})`)
      : new SitrepError("E_WORKER", `the worker thread did not start within ${limitMs / 1000} s; the article was skipped`);
    job.timer = setTimeout(() => this.drop(slot, error), limitMs);
    if (slot.ready) slot.worker.postMessage(job.request);
  }

  /** Fails the slot's task, stops its thread and frees its place for a fresh one. */
  private drop(slot: Slot<Req, Res>, reason: Error): void {
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

  /** Runs one task; rejects with a SitrepError (E_TIMEOUT, E_WORKER, or the task's own code) when it fails. */
  async run(task: Req): Promise<Res> {
    let slot = this.free();
    while (!slot) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      slot = this.free();
    }
    const ready = slot;
    const request: TaskRequest<Req> = { id: this.nextId++, task };
    return new Promise<Res>((resolve, reject) => {
      const job: Job<Req, Res> = { request, resolve, reject, timer: null };
      ready.busy = job;
      this.start(ready, job, ready.ready ? this.options.taskLimitMs : (this.options.startupLimitMs ?? 120_000) + this.options.taskLimitMs);
    });
  }

  /** An idle thread, or a new one while the pool is below its size. */
  private free(): Slot<Req, Res> | undefined {
    const idle = this.slots.find((s) => !s.busy);
    if (idle || this.slots.length >= this.options.size) return idle;
    const slot = this.spawn();
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
