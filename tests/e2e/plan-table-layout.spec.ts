// Issue 14's loose ends on the plan's pages: a long "Thời gian" and a large
// Kinh phí stay inside their cells (plan page at 1280 and 390 px, print view),
// and the plan editor numbers phases as the documents print them ("a)", not the
// stored "2.1").
import type { Locator, Page } from "@playwright/test";
import { pageAs } from "./support/auth";
import { e2eDb, expect, test } from "./support/seed";
import { shiftDate } from "@/lib/dates";
import type { PlanOutline } from "@/lib/plans/outline";

/** Cells whose text reaches past their right border (measured on the laid-out text, so a visible overflow counts). */
async function overflowingCells(table: Locator): Promise<string[]> {
  return table.locator("td").evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(cell);
      const right = Math.max(...Array.from(range.getClientRects(), (r) => r.right), box.left);
      return right > box.right + 0.5 ? [`${(cell.textContent ?? "").trim()} (${Math.round(right - box.right)} px)`] : [];
    }),
  );
}

async function seededPlan(seed: Parameters<Parameters<typeof test>[2]>[0]["seed"]) {
  const world = await seed.world();
  const today = seed.today();
  const plan = await seed.draftPlan(world, [
    { content: "Hội thảo khoa học", start: shiftDate(today, -25), end: shiftDate(today, 20) },
    { content: "Triển lãm sản phẩm", start: shiftDate(today, -20), end: shiftDate(today, 400) },
  ]);
  const db = e2eDb();
  await db.activity.update({ where: { id: plan.activity("Hội thảo khoa học").id }, data: { cost: 1_500_000_000n, output: "Báo cáo tổng hợp kết quả hội thảo" } });
  await db.activity.update({ where: { id: plan.activity("Triển lãm sản phẩm").id }, data: { cost: 250_000_000n } });
  // The body's own outline: the table is part 2 of "II", its phases lettered a), b).
  const outline: PlanOutline = {
    sections: [
      { key: "s1", label: "I", heading: "MỤC ĐÍCH, YÊU CẦU", level: 0, holds: "PURPOSES_REQUIREMENTS" },
      { key: "s2", label: "II", heading: "NỘI DUNG", level: 0, holds: "CONTENT" },
      { key: "t", label: "2", heading: "Các hoạt động", level: 1, holds: "ACTIVITIES", numbering: "LETTER" },
    ],
    appendix: null,
  };
  await db.plan.update({ where: { id: plan.id }, data: { outline } });
  return { world, plan };
}

async function expectNoOverflow(page: Page, selector: string, shot: string) {
  const tables = page.locator(selector);
  await expect(tables.first()).toBeVisible();
  for (const table of await tables.all()) expect(await overflowingCells(table)).toEqual([]);
  await page.screenshot({ path: shot, fullPage: true });
}

test("a long Thời gian and a large Kinh phí stay inside their cells on the plan page (1280 and 390 px) and in the print view", async ({ browser, seed }, testInfo) => {
  test.setTimeout(90_000);
  const { world, plan } = await seededPlan(seed);
  const page = await pageAs(browser, world.staffA.username, world.password);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByRole("columnheader", { name: "Kinh phí (đồng)" })).toBeVisible();
  await expectNoOverflow(page, "table.phase-table", testInfo.outputPath("plan-table-1280.png"));
  await page.locator("table.phase-table").first().screenshot({ path: testInfo.outputPath("plan-table-only-1280.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoOverflow(page, "table.phase-table", testInfo.outputPath("plan-table-390.png"));

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/plans/${plan.id}/print`);
  await expect(page.getByRole("columnheader", { name: "Sản phẩm" })).toBeVisible();
  await expectNoOverflow(page, "table.official-table", testInfo.outputPath("print-table-screen.png"));
  await page.locator("table.official-table").first().screenshot({ path: testInfo.outputPath("print-table-only.png") });
  await page.emulateMedia({ media: "print" });
  await expectNoOverflow(page, "table.official-table", testInfo.outputPath("print-table-print.png"));
  await page.context().close();
});

test("the plan editor numbers a phase as the plan page and the print view print it", async ({ browser, seed }) => {
  const { world, plan } = await seededPlan(seed);
  const page = await pageAs(browser, world.staffA.username, world.password);
  const firstWord = async (locator: Locator) => ((await locator.textContent()) ?? "").trim().split(/\s+/)[0];

  await page.goto(`/plans/${plan.id}`);
  const printedOnPage = await firstWord(page.locator("table.phase-table").first().locator("xpath=ancestor::section[1]/h4"));
  await page.goto(`/plans/${plan.id}/print`);
  const printedOnPaper = await firstWord(page.locator("section[aria-label] > p.b.keep", { hasText: "Triển khai thực hiện" }));
  await page.goto(`/plans/${plan.id}/edit`);
  const inEditor = await firstWord(page.getByRole("region", { name: /Triển khai thực hiện/ }).getByRole("heading").first());

  expect(printedOnPaper).toBe("a)");
  expect(printedOnPage).toBe("a)");
  expect(inEditor).toBe(printedOnPaper);
  // Its buttons name the same number.
  await expect(page.getByRole("button", { name: "Chuyển giai đoạn a) xuống dưới" })).toBeVisible();
  await page.context().close();
});

// A phase's table is laid out only near the screen (content-visibility: auto on .phase-body): a plan of
// hundreds of activities spent 200–300 ms of the main thread laying out tables far below the fold on opening.
// What the user and assistive technology get must not change: every row is in the accessibility tree before it
// is scrolled to, the last row shows and opens when scrolled to, and printing lays out everything.
test("a long plan's tables are in the accessibility tree before they are laid out, show when scrolled to, and print whole", async ({ browser, seed }) => {
  test.setTimeout(90_000);
  const world = await seed.world();
  const today = seed.today();
  const activities = Array.from({ length: 45 }, (_, i) => ({ content: `Hoạt động dài số ${i + 1}`, start: shiftDate(today, -10 + (i % 20)), end: shiftDate(today, 5 + (i % 20)) }));
  const plan = await seed.draftPlan(world, activities);
  const page = await pageAs(browser, world.staffA.username, world.password);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/plans/${plan.id}`);
  const frame = page.locator(".phase-body");
  await expect(frame).toHaveCount(1);
  expect(await frame.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe("auto");
  // The first 40 rows are shown (the rest behind "Hiện tất cả"), all of them reachable by name at once.
  await expect(page.getByRole("link", { name: /^Chi tiết hoạt động \d+$/ })).toHaveCount(40);
  const last = page.getByRole("link", { name: "Chi tiết hoạt động 40", exact: true });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeVisible();
  expect(await last.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
  await expect(page.getByRole("link", { name: "Hiện tất cả 45 hoạt động" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  expect(await frame.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe("visible");
  await page.emulateMedia({ media: "screen" });
  await last.click();
  await expect(page).toHaveURL(new RegExp(`/activities/${plan.activity("Hoạt động dài số 40").id}$`));
  await expect(page.getByRole("heading", { name: /Hoạt động dài số 40/ })).toBeVisible();
  await page.context().close();
});
