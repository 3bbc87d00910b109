// The worker thread that reads one DOCX (started by docx.ts with a heap limit
// and a time limit): bytes in, blocks or the ImportError's fields out.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { readDocx } from "./docx-read";
import { ImportError } from "./errors";

export type DocxWorkerReply = { ok: true; blocks: Awaited<ReturnType<typeof readDocx>> } | { ok: false; reason: ImportError["reason"]; message: string; details?: unknown };

/**
 * On Linux a thread has its own nice value: this one yields the CPU to the
 * thread that answers requests. Elsewhere (no /proc/thread-self) it is left as is.
 */
function yieldToRequests() {
  try {
    setPriority(Number(readlinkSync("/proc/thread-self").split("/").pop()), 19);
  } catch {
    // not Linux, or not allowed: the heap and time limits still hold
  }
}

async function reply(bytes: Uint8Array): Promise<DocxWorkerReply> {
  try {
    return { ok: true, blocks: await readDocx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, reason: error.reason, message: error.message, details: error.details };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: "UNREADABLE_DOCX", message: `Không đọc được tệp DOCX: ${reason}` };
  }
}

yieldToRequests();
parentPort?.once("message", (bytes: Uint8Array) => {
  void reply(bytes).then((result) => parentPort?.postMessage(result));
});
