// Lighthouse (desktop preset) on the sign-in page, the dashboard and the
// largest plan, in Debian's Chromium.
import lighthouseRun from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";

export type Scores = { performance: number | null; accessibility: number | null; bestPractices: number | null };

/**
 * Why a category has no score: Lighthouse gives null when one of its audits
 * errored (a metric it could not compute, a trace it could not read) or the
 * whole run failed; the report says which, and so does the bench.
 */
export function whyUnscored(lhr: { runtimeError?: { code: string; message?: string }; runWarnings?: string[]; audits: Record<string, { scoreDisplayMode?: string; errorMessage?: string }> }): string[] {
  const out: string[] = [];
  if (lhr.runtimeError) out.push(`runtimeError ${lhr.runtimeError.code}: ${lhr.runtimeError.message ?? ""}`);
  for (const warning of lhr.runWarnings ?? []) out.push(`warning: ${warning}`);
  for (const [id, audit] of Object.entries(lhr.audits)) if (audit.scoreDisplayMode === "error") out.push(`${id}: ${audit.errorMessage ?? "error"}`);
  return out;
}

export async function lighthouse(base: string, cookie: string, planId: string, log: (line: string) => void = console.log): Promise<Record<string, Scores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
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
      const result = await lighthouseRun(
        url,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices"], extraHeaders: signedIn ? { Cookie: cookie } : undefined },
        desktopConfig,
      );
      const categories = result?.lhr.categories ?? {};
      if (!result || Object.values(categories).some((category) => category.score === null)) {
        log(`Lighthouse ${name}: ${result ? whyUnscored(result.lhr).join("; ") || "no score, no error reported" : "no result"}`);
      }
      out[name] = {
        performance: categories.performance?.score ?? null,
        accessibility: categories.accessibility?.score ?? null,
        bestPractices: categories["best-practices"]?.score ?? null,
      };
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
