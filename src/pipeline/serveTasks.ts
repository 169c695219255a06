/**
 * The thread side of the pool (threadPool.ts): answers each task with its
 * result, or with the error it threw (its code, else E_INTERNAL), and says
 * it is ready once the caller has loaded what it needs — the pool starts a
 * task's clock only then.
 */
import { SitrepError } from "../errors.js";
import { parentPort } from "node:worker_threads";

export type TaskRequest<Req> = { id: number; task: Req };
export type TaskReply<Res> = { ready: true } | { id: number; ok: true; result: Res } | { id: number; ok: false; code: string; message: string };

export function serveTasks<Req, Res>(handle: (task: Req) => Res): void {
  const port = parentPort;
  if (!port) throw new SitrepError("E_INTERNAL", "serveTasks runs in a worker thread");
  port.on("message", (req: TaskRequest<Req>) => {
    let reply: TaskReply<Res>;
    try {
      reply = { id: req.id, ok: true, result: handle(req.task) };
    } catch (err) {
      const e = err as Error & { code?: unknown };
      reply = { id: req.id, ok: false, code: typeof e.code === "string" && /^E_[A-Z_]+$/.test(e.code) ? e.code : "E_INTERNAL", message: e.message };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies TaskReply<Res>);
}
