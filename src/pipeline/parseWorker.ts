/**
 * Worker thread body: receives decoded articles, returns them processed
 * (processArticle.ts). Lexicons load once per worker, which then says it is
 * ready (the pool starts an article's clock only then).
 */
import { parentPort } from "node:worker_threads";
import { loadLexicons } from "../lexicon/index.js";
import { processArticle, type DecodedArticle } from "./processArticle.js";

export interface WorkerRequest {
  id: number;
  decoded: DecodedArticle;
  referenceDate: string;
}

export type WorkerReply =
  | { ready: true }
  | { id: number; ok: true; result: ReturnType<typeof processArticle> }
  | { id: number; ok: false; code: string; message: string };

const lexicons = loadLexicons();

parentPort!.on("message", (req: WorkerRequest) => {
  try {
    const result = processArticle(req.decoded, req.referenceDate, lexicons);
    parentPort!.postMessage({ id: req.id, ok: true, result } satisfies WorkerReply);
  } catch (err) {
    const e = err as Error & { code?: string };
    parentPort!.postMessage({ id: req.id, ok: false, code: typeof e.code === "string" ? e.code : "E_INTERNAL", message: e.message } satisfies WorkerReply);
  }
});

parentPort!.postMessage({ ready: true } satisfies WorkerReply);
