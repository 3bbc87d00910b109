// Step 5c: each target page's ratio to the floor, measured beside the floor.
// On this shared machine the load from others drifts within minutes: in one
// run the floor's two passes gave 190 and 133 req/s, and a page measured
// two minutes from the floor's better pass lost a third of its ratio; in
// the next run, with the same code, the same page gained as much. Runs side
// by side cancel most of that drift: floor, page, floor, …, page, floor (5 s
// each), each page run divided by the mean of the floor runs just before and
// after it, and the median of the ratios kept. Five pairs, not three: one run
// of the same code put the largest plan page's three ratios at 0.57, 0.70 and
// 0.48, so a median of three still moved with one busy minute. The mixed
// workload is measured the same way (bench/run.ts). These ratios decide the
// issue's targets; the routes table keeps the separate runs.
import { load, type LoadResult } from "../lib/load";
import type { Route } from "./pages";

export type BesideFloor = { name: string; floorRuns: number[]; pageRuns: number[]; ratios: number[]; ratio: number };

export const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Each run's ratio to the mean of the floor runs around it (floors has one more run than runs). */
export function ratiosBeside(runs: number[], floors: number[]): number[] {
  return runs.map((run, i) => round2(run / ((floors[i]! + floors[i + 1]!) / 2)));
}

async function reqPerSec(base: string, route: Route, label: string, seconds: number): Promise<LoadResult> {
  return load({ url: `${base}${route.path}`, headers: { ...route.headers, "x-bench-route": label }, duration: seconds });
}

export async function measureBesideFloor(base: string, floor: Route, pages: Route[], seconds: number, log: (line: string) => void): Promise<BesideFloor[]> {
  const out: BesideFloor[] = [];
  for (const page of pages) {
    const floorRuns = [(await reqPerSec(base, floor, "beside:floor", seconds)).reqPerSec];
    const pageRuns: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      pageRuns.push((await reqPerSec(base, page, `beside:${page.name}`, seconds)).reqPerSec);
      floorRuns.push((await reqPerSec(base, floor, "beside:floor", seconds)).reqPerSec);
    }
    const ratios = ratiosBeside(pageRuns, floorRuns);
    out.push({ name: page.name, floorRuns, pageRuns, ratios, ratio: median(ratios) });
    log(`${page.name} cạnh trang sàn: tỉ lệ ${ratios.join(", ")} → trung vị ${median(ratios)}`);
  }
  return out;
}
