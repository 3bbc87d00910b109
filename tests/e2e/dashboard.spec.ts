// The dashboards, timelines and search read the demo department, which no
// test changes; the calendar subscription, which replaces the unit's previous
// one, is made in a copy of the department of its own (./support/seed.ts).
import { pageAs, plan2022Link, signIn } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";
import { openFromMenu } from "./support/menu";

const PLAN = "Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022";

test("lanhdao finds which unit is behind, and on what, in two clicks", async ({ browser }) => {
  const page = await pageAs(browser, "lanhdao");
  await expect(page.getByRole("heading", { name: "Tổng quan", level: 1 })).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: PLAN }) });
  // The bar shows THE progress figure (lib/dashboard/progress.ts); the count of activities done is beside it.
  await expect(card.getByRole("progressbar", { name: /^Tiến độ: \d+%$/ })).toBeVisible();
  await expect(card).toContainText(/\d+\/7 hoạt động xong/);
  const table = page.getByRole("table", { name: "Tiến độ theo đơn vị" });
  await expect(table.getByRole("rowheader", { name: "Phòng Quản lý công nghệ và đổi mới sáng tạo" })).toBeVisible();
  await expectAccessible(page);
  // A column's header sorts the table: the same page, opened by the client router (no new document).
  await page.evaluate(() => Object.assign(window, { kehoachSameDocument: true }));
  await table.getByRole("link", { name: "Xong" }).first().click();
  await expect(page).toHaveURL(/[?&]sort=lead\.done(&|$)/);
  await expect(page).toHaveURL(/[?&]dir=desc(&|$)/);
  await expect(table.getByRole("columnheader", { name: "Xong" }).first()).toHaveAttribute("aria-sort", "descending");
  expect(await page.evaluate(() => (window as unknown as { kehoachSameDocument?: boolean }).kehoachSameDocument)).toBe(true);

  // Click 1: the plan; click 2: the unit's overdue count.
  await card.getByRole("link", { name: PLAN }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\/dashboard$/);
  const planTable = page.getByRole("table", { name: "Tiến độ theo đơn vị của kế hoạch" });
  await planTable.getByRole("link", { name: /việc chủ trì quá hạn của Phòng QLCN&ĐMST/ }).click();
  await expect(page).toHaveURL(/\/my-work\?.*due=overdue/);
  await expect(page.getByText("Đang xem:")).toContainText("Quá hạn");
  const overdue = page.getByRole("region", { name: /Quá hạn/ }).getByRole("article");
  await expect(overdue.first()).toBeVisible();
  await expect(overdue.first()).toContainText("Quá hạn");
  await expectAccessible(page);
  await page.context().close();
});

test("the plan's timeline shows both phases, and the calendar the workshop held on 16/5", async ({ browser }) => {
  const page = await pageAs(browser, "lanhdao");
  await page.goto("/plans?year=2022");
  await plan2022Link(page).click();
  await page.getByRole("navigation", { name: "Các trang của kế hoạch" }).getByRole("link", { name: "Biểu đồ thời gian" }).click();
  const chart = page.getByRole("figure");
  await expect(chart.getByText(/^2\.1\. Hoạt động chào mừng trước/)).toBeVisible();
  await expect(chart.getByText(/^2\.2\. Tuần lễ trọng tâm/)).toBeVisible();
  await expect(chart.getByText(/từ 14\/05\/2022 đến 19\/05\/2022/).first()).toBeAttached();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Lịch", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tháng 5/2022");
  const agenda = page.getByRole("region", { name: "Trong tháng 5/2022" });
  await expect(agenda.getByRole("listitem").filter({ hasText: "16/05/2022" })).toContainText("Đã tổ chức: Tổ chức Hội thảo khoa học");
  await agenda.getByRole("link", { name: /^Đã tổ chức: Tổ chức Hội thảo/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tổ chức Hội thảo khoa học");
  await page.goBack();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Tiến độ", exact: true }).click();
  await expect(page.getByRole("img", { name: "Số hoạt động hoàn thành theo ngày" })).toBeVisible();
  await page.getByText("Xem dạng bảng").click();
  await expect(page.getByRole("table", { name: "Số hoạt động hoàn thành theo ngày" })).toContainText("16/05/2022");
  await expectAccessible(page);
  await page.context().close();
});

test("the year timeline shows the issued plans of the chosen year with their phases", async ({ browser }) => {
  const page = await pageAs(browser, "lanhdao");
  await openFromMenu(page, "Thời gian biểu", /\/timeline$/);
  await page.getByRole("form", { name: "Chọn năm" }).getByLabel("Năm").selectOption("2022");
  await page.getByRole("form", { name: "Chọn năm" }).getByRole("button", { name: "Xem" }).click();
  await expect(page.getByRole("heading", { name: "Thời gian biểu năm 2022", level: 1 })).toBeVisible();
  const chart = page.getByRole("figure");
  await expect(chart.getByText(PLAN).first()).toBeVisible();
  await expect(chart.getByText(/2\.2\. Tuần lễ trọng tâm/).first()).toBeVisible();
  await expectAccessible(page);
  await page.context().close();
});

test("the header search finds 'hoi thao' without accents", async ({ browser }) => {
  const page = await pageAs(browser, "xem");
  await page.getByRole("searchbox", { name: "Tìm kế hoạch, hoạt động, đơn vị" }).fill("hoi thao");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=hoi\+thao/);
  await expect(page.getByRole("region", { name: /Hoạt động/ }).getByRole("link", { name: /Tổ chức Hội thảo khoa học/ }).first()).toBeVisible();
  await expectAccessible(page);
  await page.context().close();
});

test("a unit's calendar subscription can be made and fetched", async ({ browser, request, seed }) => {
  const dept = await seed.department({ plan2022: true });
  const page = await pageAs(browser, dept.users.chicuc.username, dept.password);
  await openFromMenu(page, "Việc của đơn vị", /\/my-work$/);
  const panel = page.getByRole("region", { name: "Đăng ký lịch (iCalendar)" });
  await panel.getByRole("button", { name: /Tạo đường dẫn lịch|Tạo đường dẫn mới/ }).click();
  const url = await panel.getByLabel("Đường dẫn lịch").textContent();
  expect(url).toMatch(/\/ical\/[A-Za-z0-9_-]+\.ics$/);
  const response = await request.get(new URL(url!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  expect(await response.text()).toContain("SUMMARY:[Phối hợp] Treo băng rôn");
  // Replaced: the new address shows at once and after a reload (the shared cache heard of it), the old one stops working.
  const address = panel.getByLabel("Đường dẫn lịch");
  await panel.getByRole("button", { name: /Tạo đường dẫn mới/ }).click();
  await expect(address).not.toHaveText(url!);
  const replaced = await address.textContent();
  expect(replaced).toMatch(/\/ical\/[A-Za-z0-9_-]+\.ics$/);
  expect((await request.get(new URL(url!).pathname)).status()).toBe(404);
  await page.reload();
  await expect(address).toHaveText(replaced!);
  // Revoked: no address, after a reload too, and the last one no longer answers.
  await panel.getByRole("button", { name: "Thu hồi" }).click();
  await expect(panel.getByText("Chưa có đường dẫn lịch.")).toBeVisible();
  await page.reload();
  await expect(panel.getByText("Chưa có đường dẫn lịch.")).toBeVisible();
  expect((await request.get(new URL(replaced!).pathname)).status()).toBe(404);
  await page.context().close();
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the dashboard and the plan's timeline fit a ${viewport.width}×${viewport.height} screen`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ viewport, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
    const page = await context.newPage();
    await signIn(page, "lanhdao");
    const pageOverflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    await expect(page.getByRole("heading", { name: "Tổng quan", level: 1 })).toBeVisible();
    await expect(page.getByRole("table", { name: "Tiến độ theo đơn vị" })).toBeVisible();
    expect(await pageOverflow(), "the page itself never scrolls sideways").toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`tong-quan-${viewport.width}.png`), fullPage: true });

    await page.getByRole("listitem").filter({ has: page.getByRole("link", { name: PLAN }) }).getByRole("link", { name: PLAN }).click();
    await page.getByRole("navigation", { name: "Các trang của kế hoạch" }).getByRole("link", { name: "Biểu đồ thời gian" }).click();
    const chart = page.getByRole("figure");
    await expect(chart.getByText(/^2\.2\. Tuần lễ trọng tâm/)).toBeVisible();
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    // The chart scrolls inside its own frame when the screen is narrower than the days.
    const frame = chart.locator(".overflow-x-auto");
    const { scrollWidth, clientWidth } = await frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    if (viewport.width < 640) {
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      expect(await frame.evaluate((el) => ((el.scrollLeft = 300), el.scrollLeft))).toBeGreaterThan(0);
    }
    await page.screenshot({ path: testInfo.outputPath(`bieu-do-${viewport.width}.png`), fullPage: true });
    await expectAccessible(page);
    await context.close();
  });
}
