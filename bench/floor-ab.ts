// npm run bench:floor-ab -- <base A> <base B>: the floor page (/help) of two
// running Kehoach servers, one request at a time, in alternating rounds.
//
// The bench's "server ms alone" moves with the machine's load by tens of
// percent between runs, so a before/after of the floor is only fair when both
// builds are measured in the same minutes. Start the older code from a git
// worktree and this one side by side, each with its own demo database:
//   git worktree add /tmp/before <commit> && (cd /tmp/before && npm install && PORT=3501 npm start)
//   PORT=3502 npm start
//   npm run bench:floor-ab -- http://127.0.0.1:3501 http://127.0.0.1:3502
// Per round and server: 30 warm-up requests, then BENCH_AB_REQUESTS (300) timed
// ones; the order of the servers flips every round. CPU ms per request is the
// server process's own (read from /proc when it runs on this machine): the
// database's processes are not counted.
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import { signInCookie } from "./lib/http";
import { median } from "./lib/stats";

const bases = process.argv.slice(2);
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 8);
const REQUESTS = Number(process.env.BENCH_AB_REQUESTS ?? 300);
const USER = process.env.BENCH_AB_USER ?? "lanhdao";
const PASSWORD = process.env.BENCH_AB_PASSWORD ?? "demo1234";
const PAGE = process.env.BENCH_AB_PATH ?? "/help";

if (bases.length < 2) {
  console.error("Cách dùng: npm run bench:floor-ab -- http://127.0.0.1:3501 http://127.0.0.1:3502");
  process.exit(2);
}

/** The process listening on a local port, found through its socket's inode. */
function pidListeningOn(port: number): number | undefined {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(hex) && cols[3] === "0A") inodes.add(cols[9]!);
    }
  }
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (socket && inodes.has(socket[1]!)) return Number(pid);
      }
    } catch {
      // another user's process, or gone
    }
  }
  return undefined;
}

/** User + system CPU of a process, in milliseconds (Linux clock ticks are 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

type Server = { base: string; cookie: string; pid?: number; ms: number[]; cpu: number[] };

async function timed(server: Server, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(`${server.base}${PAGE}`, { headers: { cookie: server.cookie } });
    const body = await response.text();
    times.push(performance.now() - started);
    if (response.status !== 200 || !body.includes("</html>")) throw new Error(`${server.base}${PAGE}: ${response.status}`);
  }
  return times;
}

const servers: Server[] = [];
for (const base of bases) {
  const port = Number(new URL(base).port);
  servers.push({ base, cookie: await signInCookie(base, USER, PASSWORD), pid: pidListeningOn(port), ms: [], cpu: [] });
}
const round1 = (n: number) => n.toFixed(1);
for (let round = 0; round < ROUNDS; round++) {
  for (const server of round % 2 ? [...servers].reverse() : servers) {
    await timed(server, 30);
    const cpuBefore = server.pid ? cpuMs(server.pid) : 0;
    const ms = median(await timed(server, REQUESTS));
    server.ms.push(ms);
    if (server.pid) server.cpu.push((cpuMs(server.pid) - cpuBefore) / REQUESTS);
    console.log(`[floor-ab] round ${round + 1} ${server.base}: ${round1(ms)} ms${server.pid ? `, CPU ${round1(server.cpu.at(-1)!)} ms` : ""}`);
  }
}
const first = servers[0]!;
for (const server of servers) {
  const ms = median(server.ms);
  const change = server === first ? "" : ` (${Math.round((ms / median(first.ms) - 1) * 100)} % against ${first.base})`;
  console.log(`[floor-ab] ${server.base}: median of ${ROUNDS} medians ${round1(ms)} ms${change}; rounds ${server.ms.map(round1).join(" / ")}`);
  if (server.cpu.length) console.log(`[floor-ab]   CPU ms per request ${round1(median(server.cpu))}; rounds ${server.cpu.map(round1).join(" / ")}`);
}
