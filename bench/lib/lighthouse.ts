// Lighthouse (desktop preset) on the sign-in page, the dashboard and the
// largest plan, in Debian's Chromium.
import lighthouseRun from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";
import { existsSync } from "node:fs";
import { medianScore } from "./stats";

/** Each category's median over the completed runs; performanceRuns: each run's performance score, in order. */
export type Scores = { performance: number | null; accessibility: number | null; bestPractices: number | null; performanceRuns?: (number | null)[] };

/**
 * Why a category has no score: Lighthouse gives null when one of its audits
 * errored (a metric it could not compute, a trace it could not read) or the
 * whole run failed; the report says which, and so does the bench.
 */
export function whyUnscored(lhr: { runtimeError?: { code: string; message?: string }; runWarnings?: string[]; audits: Record<string, { scoreDisplayMode?: string; errorMessage?: string }> }): string[] {
  // A failed run errors every audit that needs the trace with the same message: the run's error says it once.
  if (lhr.runtimeError) return [`runtimeError ${lhr.runtimeError.code}: ${lhr.runtimeError.message ?? ""}`];
  const errored = Object.entries(lhr.audits).filter(([, audit]) => audit.scoreDisplayMode === "error");
  return [
    ...(lhr.runWarnings ?? []).map((warning) => `warning: ${warning}`),
    ...errored.slice(0, 5).map(([id, audit]) => `${id}: ${audit.errorMessage ?? "error"}`),
    ...(errored.length > 5 ? [`… ${errored.length - 5} more audits errored`] : []),
  ];
}

/**
 * Completed runs per page, of which the median is reported: one run moves with
 * the machine (/login gave 0.82 to 1 within five minutes on this 2-core
 * machine, the same build, nothing else changed), the median of three less.
 */
const COMPLETED_RUNS = 3;
/** Attempts per page in all, failed runs included. */
const ATTEMPTS_PER_PAGE = 6;

export async function lighthouse(base: string, cookie: string, planId: string, log: (line: string) => void = console.log): Promise<Record<string, Scores>> {
  const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  // chrome-launcher reports a missing browser as an unhandled 'error' event, which ends the bench and leaves its server running.
  if (!existsSync(chromePath)) throw new Error(`không có Chromium ở ${chromePath} (.ci/run cài nó; hoặc đặt CHROME_PATH)`);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const pages: [string, string, boolean][] = [
    ["/login", `${base}/login`, false],
    ["/ (dashboard)", `${base}/`, true],
    ["/plans/[id]", `${base}/plans/${planId}`, true],
  ];
  const out: Record<string, Scores> = {};
  try {
    for (const [name, url, signedIn] of pages) {
      // A run Lighthouse itself declares failed (runtimeError: NO_NAVSTART, NO_FCP …: "Something went wrong with
      // recording the trace over your page load. Please run Lighthouse again.") scored nothing about the page: on
      // this shared 2-core machine Chromium now and then loses the trace's navigationStart under load, on any page
      // (/login, the dashboard and a plan page alike). Such a run is made again; a run that completed is kept
      // whatever it scored.
      const completed: Scores[] = [];
      for (let attempt = 1; attempt <= ATTEMPTS_PER_PAGE && completed.length < COMPLETED_RUNS; attempt++) {
        const result = await lighthouseRun(
          url,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices"], extraHeaders: signedIn ? { Cookie: cookie } : undefined },
          desktopConfig,
        );
        if (!result) {
          log(`Lighthouse ${name}: lần chạy ${attempt} không có kết quả`);
          continue;
        }
        if (result.lhr.runtimeError) {
          log(`Lighthouse ${name}: lần chạy ${attempt} hỏng (${result.lhr.runtimeError.code}), chạy lại`);
          continue;
        }
        const categories = result.lhr.categories;
        if (Object.values(categories).some((category) => category.score === null)) {
          log(`Lighthouse ${name}: ${whyUnscored(result.lhr).join("; ") || "no score, no error reported"}`);
        }
        completed.push({
          performance: categories.performance?.score ?? null,
          accessibility: categories.accessibility?.score ?? null,
          bestPractices: categories["best-practices"]?.score ?? null,
        });
      }
      out[name] = {
        performance: medianScore(completed.map((run) => run.performance)),
        accessibility: medianScore(completed.map((run) => run.accessibility)),
        bestPractices: medianScore(completed.map((run) => run.bestPractices)),
        performanceRuns: completed.map((run) => run.performance),
      };
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
