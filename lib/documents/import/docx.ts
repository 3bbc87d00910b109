// A DOCX file as blocks, read away from the request thread: a worker thread
// with its own heap limit runs docx-read.ts and is terminated when it takes
// too long, so one hostile upload costs that worker, never the server or the
// other users' requests. A few files are read at once per process; the rest
// wait their turn, and a long queue is refused.
import { Worker, type WorkerOptions } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { ImportError } from "./errors";
import { DOCX_LIMITS, limitMessages, overLimit } from "./limits";
import type { DocxWorkerReply } from "./docx-worker";
import type { Block } from "./types";

let reading = 0;
const waiting: (() => void)[] = [];

/** A turn to read a file; the returned function ends it. */
async function turn(): Promise<() => void> {
  if (reading < DOCX_LIMITS.concurrent) reading++;
  else if (waiting.length >= DOCX_LIMITS.queued) throw new AppError("RATE_LIMITED", limitMessages.queued());
  else await new Promise<void>((resolve) => waiting.push(resolve));
  return () => {
    const next = waiting.shift();
    if (next) next();
    else reading--;
  };
}

/** The worker's limits; tests lower them to reach them quickly. */
type WorkerLimits = { heapMb: number; seconds: number };

function startWorker(limits: WorkerLimits): Worker {
  const options: WorkerOptions = { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 } };
  // In Next.js (NEXT_RUNTIME is set, and inlined by the build) Turbopack
  // bundles the file named in `new Worker(new URL(...))` and points the URL at
  // its chunk. Run from source (Vitest, tsx scripts) Node cannot load the
  // worker's TypeScript by itself, so tsx's loader is registered in it first.
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./docx-worker.ts", import.meta.url), options);
  const source = import.meta.url.replace(/docx\.ts$/, "docx-worker.ts");
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, { ...options, eval: true });
}

function readInWorker(buffer: Buffer, limits: WorkerLimits): Promise<Block[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(limits);
    const timer = setTimeout(() => {
      reject(overLimit("seconds", limitMessages.seconds()));
      void worker.terminate();
    }, limits.seconds * 1000);
    const settle = () => clearTimeout(timer);
    worker.once("message", (reply: DocxWorkerReply) => {
      settle();
      void worker.terminate();
      if (reply.ok) resolve(reply.blocks);
      else reject(new ImportError(reply.reason, reply.message, reply.details));
    });
    worker.once("error", (error: Error & { code?: string }) => {
      settle();
      reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? overLimit("heapMb", limitMessages.heapMb()) : error);
    });
    worker.once("exit", (code) => {
      settle();
      reject(new Error(`Luồng đọc DOCX dừng (mã ${code}) mà không trả kết quả.`));
    });
    // A copy the worker owns: the caller's buffer stays usable.
    const bytes = new Uint8Array(buffer);
    worker.postMessage(bytes, [bytes.buffer]);
  });
}

export async function blocksFromDocx(buffer: Buffer, limits: WorkerLimits = DOCX_LIMITS): Promise<Block[]> {
  const done = await turn();
  try {
    return await readInWorker(buffer, limits);
  } finally {
    done();
  }
}
