// Slow pages stream: the server sends the page's skeleton (loading.tsx) first
// and the page replaces it when its data is read. The HTML a server sends
// holds both (the skeleton, then the page with the script that swaps them);
// in the browser only the page is left. No timing is measured here.
// A page whose data is all in the shared cache can be done before the first
// flush and go out whole, without its skeleton; so the test reads a
// department of its own, which no one has viewed yet: each first view reads
// the database and streams. Not the year's timeline: for a department with one
// plan its first view reads three small rows and was at times done before the
// first flush (it went out whole once in CI, and once in four runs here even
// when viewed first), which is what a page that fast should do. It keeps its
// skeleton (app/(app)/timeline/loading.tsx) for a year of many plans.
import { pageAs, plan2022Link } from "./support/auth";
import { expect, test } from "./support/seed";

test("the plan, its dashboard and timeline and the dashboard stream a skeleton, then the page replaces it", async ({ browser, seed }) => {
  const dept = await seed.department({ plan2022: true });
  const page = await pageAs(browser, dept.users.lanhdao.username, dept.password);
  await page.goto("/plans?year=2022");
  const plan = await plan2022Link(page).getAttribute("href");
  expect(plan).toMatch(/^\/plans\/[0-9a-f-]{36}$/);
  const pages = [
    { path: "/", status: "Đang tải tổng quan…", heading: "Tổng quan" },
    { path: plan!, status: "Đang tải kế hoạch…", heading: /Kế hoạch triển khai các hoạt động kỷ niệm/ },
    { path: `${plan}/dashboard`, status: "Đang tải tiến độ kế hoạch…", heading: /Kế hoạch triển khai các hoạt động kỷ niệm/ },
    { path: `${plan}/timeline`, status: "Đang tải biểu đồ thời gian…", heading: /^Biểu đồ thời gian:/ },
  ];
  for (const { path, status, heading } of pages) {
    // What the server sends: the busy skeleton with its status comes in the stream.
    const html = await (await page.request.get(path)).text();
    // (A boolean, so that a failure names the page instead of printing its whole HTML.)
    expect(html.includes('aria-busy="true"'), `${path}: a busy skeleton in the stream`).toBe(true);
    expect(html.includes(`role="status" class="sr-only">${status}</p>`), `${path}: the status "${status}" in the stream`).toBe(true);
    // What the user ends with: the page, and no skeleton left.
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.locator("[data-skeleton]")).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: status })).toHaveCount(0);
  }
  await page.context().close();
});
