// Where the server's CPU goes, from a V8 CPU profile of the bench server:
// each sample is charged to the first frame, from the leaf up, that belongs
// to a known owner (next-auth, Prisma/pg, React, Next.js, our code), with the
// production build's minified chunks mapped back to their sources through
// the build's source maps. "inside" counts a sample for every owner on its
// stack (a layout's share includes the React and SQL work it started
// synchronously); async continuations start a new stack, so these shares are
// a floor, not a ceiling.
// Run: npm run bench once (it seeds .data/bench), then npm run bench:profile
// (BENCH_PORT, BENCH_DURATION and BENCH_PROFILE_PATH as for the bench).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SourceMap } from "node:module";

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Node = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const OWNERS: [string, RegExp][] = [
  ["next-auth (JWT cookie)", /node_modules\/(next-auth|jose|@panva)\//],
  ["Prisma + pg (SQL client)", /node_modules\/(@prisma|pg|pg-protocol|pg-pool|postgres-array|pg-types)\/|generated\/prisma|lib\/db(-client|-metrics)?\.ts/],
  ["page checks: front door or proxy.ts (nonce, CSP, cookie check)", /(^|\/)proxy\.ts|lib\/security\//],
  ["React rendering", /node_modules\/(react|react-dom|react-server-dom-[a-z]+)\/|compiled\/(react|react-dom|react-server-dom-[a-z]+)(-experimental)?\//],
  ["Next.js", /node_modules\/next\/|\[next\]|next\/dist\/|webpack:\/\/next\/|(^|\.\.\/)src\/(server|shared|client|lib|build)\//],
  // Source paths of our files are relative to the chunk (../../app/…): a folder named lib inside Next's sources is not ours.
  ["our code (app, components, lib)", /(^|\.\.\/|\[project\]\/)(app|components|lib)\//],
  ["bench wrapper", /bench\/server\.ts|node_modules\/tsx\//],
];
// Shares of the whole stack, for the parts the floor page is made of.
const INSIDE: [string, RegExp][] = [
  ["proxy.ts", /(^|\/)proxy\.ts/],
  ["lib/security/front-door*.ts (page checks on the socket)", /lib\/security\/front-door/],
  ["lib/auth/session.ts (session user)", /lib\/auth\/session\.ts/],
  ["next-auth", /node_modules\/(next-auth|jose|@panva)\//],
  // Source maps spell the route group's parentheses %28 %29.
  ["app/(app)/layout.tsx", /app\/(\(app\)|%28app%29)\/layout\.tsx/],
  ["components/shell (header, nav)", /components\/shell\//],
  ["lib/notifications (unread count)", /lib\/notifications\//],
  ["help page", /app\/(\(app\)|%28app%29)\/help\/page\.tsx/],
];

const maps = new Map<string, SourceMap | null>();
function sourceOf(frame: Frame): string {
  const { url } = frame;
  // The build's chunks and Next's own compiled runtime (which carries React) ship source maps.
  if (!url.startsWith("file://")) return url;
  const file = fileURLToPath(url);
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : null);
  }
  const map = maps.get(file);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string } | undefined;
  return entry?.originalSource ?? url;
}

export type ProfileSummary = { sampledMs: number; byOwner: Record<string, number>; inside: Record<string, number> };

/** Milliseconds of CPU per owner (and per part, inclusive) over the profile. */
export function summarizeProfile(json: string): ProfileSummary {
  const profile = JSON.parse(json) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sources = new Map<number, string>();
  const source = (id: number) => {
    if (!sources.has(id)) sources.set(id, sourceOf(byId.get(id)!.callFrame));
    return sources.get(id)!;
  };
  const owners = new Map<number, { owner: string; inside: Set<string> }>();
  const classify = (leaf: number) => {
    const known = owners.get(leaf);
    if (known) return known;
    const name = byId.get(leaf)!.callFrame.functionName;
    let owner: string | null = name === "(garbage collector)" ? "garbage collector" : name === "(idle)" ? "idle (waiting: SQL, network)" : name === "(program)" ? "V8 / native (program)" : null;
    const inside = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const src = source(id);
      if (!owner) owner = OWNERS.find(([, re]) => re.test(src))?.[0] ?? null;
      for (const [label, re] of INSIDE) if (re.test(src)) inside.add(label);
    }
    const result = { owner: owner ?? "Node.js (http, streams, crypto, timers)", inside };
    owners.set(leaf, result);
    return result;
  };
  const byOwner: Record<string, number> = {};
  const inside: Record<string, number> = {};
  let sampledMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    sampledMs += ms;
    const c = classify(id);
    byOwner[c.owner] = (byOwner[c.owner] ?? 0) + ms;
    for (const label of c.inside) inside[label] = (inside[label] ?? 0) + ms;
  });
  return { sampledMs, byOwner, inside };
}
