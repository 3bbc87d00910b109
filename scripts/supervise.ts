// Keeps the app server running under `npm start`: when it dies (a crash, the
// kernel's OOM killer, kill -9) it is started again after a pause that doubles
// each time, and every restart is logged. A server that dies again and again
// soon after starting is given up on with one clear message, instead of being
// restarted in a tight loop. The database is not touched: it belongs to the
// caller. How the app is started is a parameter (today `next start`).
import type { ChildProcess } from "node:child_process";

export type SuperviseOptions = {
  /** Starts the app server; called again for each restart. */
  spawnApp: () => ChildProcess;
  log: (line: string) => void;
  /** Called once when the supervisor gives up (the message says why). */
  onGiveUp: (message: string) => void;
  /** Restarts in a row, each soon after the previous start, before giving up. */
  maxRestarts?: number;
  /** The first pause; it doubles with each restart in a row, up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A server that ran this long counts as started well: the next crash starts the count again. */
  stableMs?: number;
};

export type Supervisor = {
  /** The app server running now (undefined between a crash and its restart). */
  current: () => ChildProcess | undefined;
  /** Stops supervising and stops the app: SIGTERM, then SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
};

// Ctrl-C reaches the app and this process together; the app's exit may be
// seen a moment before our own signal handler runs. A crash is only reported
// if no stop follows within this time.
const EXIT_SETTLE_MS = 150;

const describeExit = (code: number | null, signal: NodeJS.Signals | null) => (signal ? `tín hiệu ${signal}` : `mã ${code}`);

export function supervise(options: SuperviseOptions): Supervisor {
  const { spawnApp, log, onGiveUp } = options;
  const maxRestarts = options.maxRestarts ?? 5;
  const backoffMs = options.backoffMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const stableMs = options.stableMs ?? 60_000;

  let child: ChildProcess | undefined;
  let startedAt = 0;
  let restartsInARow = 0;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;

  const start = () => {
    startedAt = Date.now();
    const started = spawnApp();
    child = started;
    // A spawn that fails (missing binary, EACCES) is an 'error' without an 'exit'.
    let ended = false;
    const onEnd = (code: number | null, signal: NodeJS.Signals | null) => {
      if (ended) return;
      ended = true;
      if (child === started) child = undefined;
      timer = setTimeout(() => onExit(started.pid, code, signal), EXIT_SETTLE_MS);
    };
    started.once("exit", onEnd);
    started.once("error", (error) => {
      log(`Không khởi động được máy chủ ứng dụng: ${error.message}`);
      onEnd(null, null);
    });
  };

  const onExit = (pid: number | undefined, code: number | null, signal: NodeJS.Signals | null) => {
    if (stopping) return;
    const ranMs = Date.now() - startedAt;
    restartsInARow = ranMs >= stableMs ? 1 : restartsInARow + 1;
    if (restartsInARow > maxRestarts) {
      const message = `Máy chủ ứng dụng dừng ${maxRestarts + 1} lần liên tiếp ngay sau khi khởi động (lần cuối: ${describeExit(code, signal)}); ngừng khởi động lại. Xem lỗi in ở trên, sửa rồi chạy lại npm start.`;
      stopping = true;
      onGiveUp(message);
      return;
    }
    const pause = Math.min(backoffMs * 2 ** (restartsInARow - 1), maxBackoffMs);
    log(
      `Máy chủ ứng dụng (pid ${pid ?? "?"}) đã dừng (${describeExit(code, signal)}) sau ${(ranMs / 1000).toFixed(1)} giây; khởi động lại sau ${(pause / 1000).toLocaleString("vi-VN")} giây (lần ${restartsInARow}/${maxRestarts}).`,
    );
    timer = setTimeout(() => {
      if (stopping) return;
      start();
      log(`Đã khởi động lại máy chủ ứng dụng (pid ${child?.pid ?? "?"}).`);
    }, pause);
  };

  start();

  return {
    current: () => child,
    async stop(graceMs = 10_000) {
      stopping = true;
      clearTimeout(timer);
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
      running.kill("SIGTERM");
      const kill = setTimeout(() => running.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(kill);
    },
  };
}
