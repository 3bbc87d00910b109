// Lighthouse (desktop preset) on the sign-in page, the dashboard and the
// largest plan, in Debian's Chromium.
import lighthouseRun from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";

export type Scores = { performance: number | null; accessibility: number | null; bestPractices: number | null };

export async function lighthouse(base: string, cookie: string, planId: string): Promise<Record<string, Scores>> {
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
