// Issue 15 §7: the fixes found while trying the app as a leader would. Each test seeds its own organisation.
import type { Page } from "@playwright/test";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test, type Seed } from "./support/seed";
import { formatDate, shiftDate } from "@/lib/dates";

const SHOTS = process.env.E2E_SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** An issued plan whose progress is 50 % ((100 + 50 + 0) / 3, the cancelled one not counted) while 1 of 4 is done. */
async function planAtHalf(seed: Seed) {
  const world = await seed.world();
  const now = new Date().toISOString();
  const plan = await seed.issuedPlan(world, [
    { content: "Việc đã xong", updates: [{ at: now, by: world.staffA.id, status: "DONE", progress: 60, result: "Đã xong" }] },
    { content: "Việc đang làm", updates: [{ at: now, by: world.staffA.id, status: "IN_PROGRESS", progress: 50 }] },
    { content: "Việc chưa làm", lead: world.unitB.id },
    { content: "Việc đã hủy", lead: world.unitB.id, updates: [{ at: now, by: world.staffB.id, status: "CANCELLED", progress: 20, statusReason: "Không tổ chức" }] },
  ]);
  return { world, plan };
}

test("one progress figure: the plan shows 50 % on the home page, its dashboard, its page and the timeline, and says how", async ({ browser, seed }) => {
  test.setTimeout(90_000);
  const { world, plan } = await planAtHalf(seed);
  const page = await pageAs(browser, world.leader.username, world.password);
  const rule = "Tiến độ là trung bình tiến độ (%) của các hoạt động cấp một: việc đã hoàn thành tính 100%, việc đã hủy không tính.";

  await page.goto("/");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: plan.title.replace(/^Kế hoạch /, "") }) }).first();
  await expect(card.getByRole("progressbar", { name: "Tiến độ: 50%" })).toHaveAttribute("aria-valuenow", "50");
  await expect(card).toContainText("Tiến độ 50% · 1/4 hoạt động xong");
  await expect(page.getByText(rule)).toBeVisible();
  await shot(page, "home-1280");

  await page.goto(`/plans/${plan.id}/dashboard`);
  await expect(page.getByTestId("plan-progress")).toHaveText("Tiến độ 50%");
  await expect(page.getByRole("progressbar", { name: "Tiến độ kế hoạch: 50%" })).toHaveAttribute("aria-valuenow", "50");
  await expect(page.getByRole("progressbar", { name: "Tiến độ kế hoạch: 50%" })).toHaveAccessibleDescription(rule);
  await expect(page.getByRole("progressbar", { name: /^Tiến độ giai đoạn .*: 50%$/ })).toHaveAttribute("aria-valuenow", "50");
  await expect(page.getByText(rule)).toBeVisible();
  await expectAccessible(page);
  await shot(page, "plan-dashboard-1280");

  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByTestId("plan-progress")).toContainText("Tiến độ 50% · 1/4 hoạt động xong");
  await expect(page.getByText(rule)).toBeVisible();
  await shot(page, "plan-page-1280");

  await page.goto(`/timeline?year=${seed.today().slice(0, 4)}`);
  await expect(page.getByRole("figure").getByText(/Tiến độ 50% · 1\/4 xong/).first()).toBeAttached();
  await page.context().close();
});

test("the breadcrumb names the plan's real status, not 'Dự thảo' for every unissued plan", async ({ browser, seed }) => {
  const world = await seed.world();
  const submitted = await seed.draftPlan(world, [{ content: "Hội thảo" }], { status: "SUBMITTED" });
  const returned = await seed.draftPlan(world, [{ content: "Tọa đàm" }], { status: "RETURNED" });
  const page = await pageAs(browser, world.staffA.username, world.password);
  for (const [plan, label] of [
    [submitted, "Chờ duyệt"],
    [returned, "Trả lại"],
  ] as const) {
    await page.goto(`/plans/${plan.id}`);
    const trail = page.getByRole("navigation", { name: "Đường dẫn" });
    await expect(trail.getByText(label, { exact: true })).toHaveAttribute("aria-current", "page");
    await expect(trail.getByText("Dự thảo", { exact: true })).toHaveCount(0);
  }
  await page.goto(`/activities/${submitted.activity("Hội thảo").id}`);
  await expect(page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link", { name: "Chờ duyệt" })).toBeVisible();
  await page.context().close();
});

test("a viewer sees no empty workflow panel and no status filter for plans they can never see", async ({ browser, seed }) => {
  const world = await seed.world();
  const plan = await seed.issuedPlan(world, [{ content: "Triển lãm" }]);
  const viewer = await pageAs(browser, world.viewer.username, world.password);
  await viewer.goto(`/plans/${plan.id}`);
  await expect(viewer.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(viewer.getByRole("heading", { name: "Trình duyệt và ban hành" })).toHaveCount(0);
  await expect(viewer.getByText("Bạn không có thao tác nào")).toHaveCount(0);
  await shot(viewer, "plan-page-viewer-1280");
  await viewer.goto("/plans");
  const options = await viewer.getByLabel("Trạng thái").locator("option").allTextContents();
  expect(options).toEqual(["Tất cả trạng thái", "Đã ban hành", "Đã hoàn thành", "Lưu trữ"]);
  await shot(viewer, "plans-viewer-1280");
  await viewer.context().close();

  // Someone who takes part in the workflow still sees the panel.
  const leader = await pageAs(browser, world.leader.username, world.password);
  await leader.goto(`/plans/${plan.id}`);
  await expect(leader.getByRole("heading", { name: "Trình duyệt và ban hành" })).toBeVisible();
  await leader.goto("/plans");
  await expect(leader.getByLabel("Trạng thái").locator("option", { hasText: "Dự thảo" })).toHaveCount(1);
  await leader.context().close();
});

test("search finds a plan by its number and keeps the query in the box", async ({ browser, seed }) => {
  const world = await seed.world();
  const plan = await seed.issuedPlan(world, [{ content: "Hội chợ" }]);
  const page = await pageAs(browser, world.viewer.username, world.password);
  for (const q of ["số 1", "01/KH", "1/KH"]) {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Tìm kế hoạch, hoạt động, đơn vị" });
    await box.fill(q);
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("region", { name: /Kế hoạch/ }).getByRole("link", { name: plan.title.replace(/^Kế hoạch /, "") })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Tìm kế hoạch, hoạt động, đơn vị" })).toHaveValue(q);
  }
  await shot(page, "search-1280");
  await page.context().close();
});

test("date fields show and take dd/mm/yyyy in an English browser, and save", async ({ browser, seed }) => {
  const world = await seed.world();
  const plan = await seed.draftPlan(world, [{ content: "Hội nghị" }]);
  const page = await pageAs(browser, world.staffA.username, world.password, { locale: "en-US" });
  await page.goto(`/plans/${plan.id}/edit`);
  const phase = page.getByRole("region", { name: /^2\.1\./ });
  await phase.getByRole("button", { name: "Sửa giai đoạn" }).click();
  const phaseForm = phase.getByRole("form", { name: "Sửa giai đoạn 2.1" });
  const end = phaseForm.getByLabel("Đến ngày");
  await expect(end).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await expect(end).toHaveAttribute("inputmode", "numeric");
  await expect(end).toHaveValue(formatDate(plan.phase.end));
  await expect(phaseForm.getByLabel("Từ ngày")).toHaveValue(formatDate(plan.phase.start));
  await shot(page, "editor-en-US-1280");

  await end.fill("31/02/2026");
  await expect(phaseForm.getByText("Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 18/05/2026.")).toBeVisible();
  const later = shiftDate(plan.phase.end, 5);
  const [y, m, d] = later.split("-");
  await end.fill(`${Number(d)}/${Number(m)}/${y}`);
  await end.blur();
  await expect(end).toHaveValue(formatDate(later));
  await phaseForm.getByRole("button", { name: "Lưu giai đoạn" }).click();
  await expect(phaseForm).toHaveCount(0);
  await page.reload();
  await expect(phase).toContainText(formatDate(later));
  await phase.getByRole("button", { name: "Sửa giai đoạn" }).click();
  await expect(phase.getByRole("form", { name: "Sửa giai đoạn 2.1" }).getByLabel("Đến ngày")).toHaveValue(formatDate(later));
  await page.context().close();
});

test("on a 390 px phone: no sideways page, the bell stays right, the tabs scroll, tables become cards", async ({ browser, seed }) => {
  test.setTimeout(90_000);
  const world = await seed.world();
  const plan = await seed.issuedPlan(world, [
    { content: "Tổ chức hội thảo khoa học", supporters: [] },
    { content: "Tuyên truyền trên báo", lead: undefined },
  ]);
  const page = await pageAs(browser, world.staffA.username, world.password, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const noSideways = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.goto(`/plans/${plan.id}`);
  await noSideways();
  // The bell: on the header's first line, in its right half.
  const bell = await page.getByRole("link", { name: /^Thông báo/ }).boundingBox();
  const logo = await page.getByRole("link", { name: /Kehoach/ }).first().boundingBox();
  expect(bell!.x).toBeGreaterThan(390 / 2);
  expect(bell!.x + bell!.width).toBeGreaterThan(390 - 140);
  expect(Math.abs(bell!.y + bell!.height / 2 - (logo!.y + logo!.height / 2))).toBeLessThan(12);
  // The account link is truncated, whole in its title.
  await expect(page.getByRole("link", { name: new RegExp(world.staffA.displayName) }).first()).toHaveAttribute("title", new RegExp(world.unitA.name));

  // The tab bar scrolls: the last tab is reached and fully in view.
  const tabs = page.getByRole("navigation", { name: "Các trang của kế hoạch" });
  const last = tabs.getByRole("link", { name: "Lịch sử" });
  await last.scrollIntoViewIfNeeded();
  const box = await last.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await noSideways();

  // The activity table is cards that say who leads and the status.
  const table = page.getByRole("table", { name: /Triển khai thực hiện/ });
  const cardRow = table.locator("tbody tr").first();
  await expect(cardRow).toBeVisible();
  const rowBox = await cardRow.boundingBox();
  expect(rowBox!.width).toBeLessThanOrEqual(390);
  expect(await cardRow.locator("td:nth-child(3)").evaluate((td) => getComputedStyle(td, "::before").content)).toContain("Đơn vị chủ trì");
  await expect(cardRow).toContainText(world.unitA.name);
  await expect(cardRow).toContainText("Chưa bắt đầu");
  await shot(page, "plan-page-390");

  await page.goto(`/plans/${plan.id}/dashboard`);
  await noSideways();
  await expect(page.getByRole("table", { name: "Tiến độ theo đơn vị của kế hoạch" }).locator("tbody tr").first()).toBeVisible();
  await shot(page, "plan-dashboard-390");

  await page.goto("/units");
  await noSideways();
  await shot(page, "units-390");
  await page.goto("/");
  await noSideways();
  await expect(page.getByRole("table", { name: "Tiến độ theo đơn vị" }).locator("tbody tr").first()).toBeVisible();
  await shot(page, "home-390");
  await page.goto(`/plans/${plan.id}/edit`);
  await noSideways();
  await shot(page, "editor-390");
  await page.context().close();
});
