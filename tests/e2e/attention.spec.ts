// "Việc cần chú ý" (issue 15 §1, §2): a leader opens the Sở-wide list, filters
// it by unit through the address, reminds a unit from a row (once a day), the
// unit's staff get the notification; staff see their unit only, a viewer is
// refused; the page works at 390 px, prints on A4 landscape and exports to
// Excel. Each test seeds its own organisation.
import { mkdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { shiftDate } from "@/lib/dates";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";

test("a leader filters the list by unit, reminds the unit from a row once a day, and its staff are told", async ({ browser, seed }) => {
  test.setTimeout(120_000);
  mkdirSync("test-results", { recursive: true });
  const world = await seed.world();
  const today = seed.today();
  await seed.issuedPlan(world, [
    { content: "Khảo sát trễ e2e", start: shiftDate(today, -20), end: shiftDate(today, -3) },
    { content: "Hội thảo vướng mắc e2e", lead: world.unitB.id, updates: [{ at: new Date().toISOString(), by: world.staffB.id, status: "BLOCKED", statusReason: "Chưa có hội trường" }] },
    { content: "Tổng hợp sắp hạn e2e", lead: world.unitB.id, start: shiftDate(today, -5), end: shiftDate(today, 2) },
    { content: "Việc còn xa e2e", end: shiftDate(today, 25) },
  ]);

  const leader = await pageAs(browser, world.leader.username, world.password);
  await leader.setViewportSize({ width: 1280, height: 900 });
  await leader.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Việc cần chú ý" }).click();
  await expect(leader.getByRole("heading", { level: 1, name: "Việc cần chú ý" })).toBeVisible();
  const all = leader.getByRole("table");
  for (const content of ["Khảo sát trễ e2e", "Hội thảo vướng mắc e2e", "Tổng hợp sắp hạn e2e"]) await expect(all.getByText(content)).toBeVisible();
  await expect(all.getByText("Việc còn xa e2e")).toHaveCount(0);
  await expectAccessible(leader);

  // The dashboard's unit names lead to the list filtered by that unit.
  await leader.goto("/");
  await leader.getByRole("table", { name: "Tiến độ theo đơn vị" }).getByRole("link", { name: world.unitA.name, exact: true }).click();
  await expect(leader).toHaveURL(`/attention?unit=${world.unitA.id}`);
  await expect(leader.getByRole("link", { name: "Khảo sát trễ e2e" })).toBeVisible();
  await expect(leader.getByRole("link", { name: "Tổng hợp sắp hạn e2e" })).toHaveCount(0);

  // Filtered by unit A as lead, through the address (a view shared by link).
  const address = `/attention?unit=${world.unitA.id}&role=lead`;
  await leader.goto(address);
  await expect(leader.getByLabel("Đơn vị", { exact: true })).toHaveValue(world.unitA.id);
  await expect(leader.getByLabel("Đơn vị là")).toHaveValue("lead");
  const row = leader.getByRole("row").filter({ hasText: "Khảo sát trễ e2e" });
  await expect(row).toBeVisible();
  await expect(leader.getByText("Hội thảo vướng mắc e2e")).toHaveCount(0);
  await expect(row.getByText("01/KH-SKHCN")).toBeVisible();
  await expect(row.getByText("Quá hạn")).toBeVisible();
  await expect(row.getByText("Chưa báo cáo", { exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "3", exact: true })).toBeVisible();
  await expect(row.getByText(world.unitA.name)).toBeVisible();
  await leader.screenshot({ path: "test-results/attention-1280.png", fullPage: true });

  // A second tab opened before the reminder: its button is stale.
  const stale = await leader.context().newPage();
  await stale.goto(address);

  await expect(row.getByRole("button", { name: new RegExp(`^Nhắc ${world.unitA.name} về hoạt động 1 \\(mục .+\\) của 01/KH-SKHCN: Khảo sát trễ e2e$`) })).toBeVisible();
  await row.getByRole("button", { name: /^Nhắc / }).click();
  const dialog = leader.getByRole("dialog", { name: `Nhắc ${world.unitA.name}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Lời nhắn (không bắt buộc)")).toBeFocused();
  await dialog.getByLabel("Lời nhắn (không bắt buộc)").fill("Đề nghị báo cáo trước 16 giờ.");
  await leader.screenshot({ path: "test-results/attention-remind-dialog-1280.png" });
  await dialog.getByRole("button", { name: "Gửi lời nhắc" }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByText(`Đã nhắc ${world.unitA.name} (1 người nhận).`)).toBeVisible();
  await expect(row.getByText("Đã nhắc hôm nay")).toBeVisible();
  await expect(row.getByRole("button", { name: /^Nhắc / })).toHaveCount(0);
  // Read again, the row still says so.
  await leader.reload();
  await expect(leader.getByRole("row").filter({ hasText: "Khảo sát trễ e2e" }).getByText("Đã nhắc hôm nay")).toBeVisible();

  const staleRow = stale.getByRole("row").filter({ hasText: "Khảo sát trễ e2e" });
  await staleRow.getByRole("button", { name: /^Nhắc / }).click();
  const staleDialog = stale.getByRole("dialog", { name: `Nhắc ${world.unitA.name}` });
  await staleDialog.getByRole("button", { name: "Gửi lời nhắc" }).click();
  await expect(staleDialog.getByText(/đã được nhắc về hoạt động này hôm nay/)).toBeVisible();
  await expect(staleRow.getByText("Đã nhắc hôm nay")).toBeVisible();
  await staleDialog.getByRole("button", { name: "Đóng" }).click();
  await expect(staleDialog).toBeHidden();
  await stale.close();

  const staff = await pageAs(browser, world.staffA.username, world.password);
  await staff.goto("/notifications");
  await expect(staff.getByRole("link", { name: "Lãnh đạo nhắc: Khảo sát trễ e2e" })).toBeVisible();
  await expect(staff.getByText(/Kế hoạch .*Đề nghị báo cáo trước 16 giờ\./)).toBeVisible();
  await staff.context().close();
  await leader.context().close();
});

test("staff see their own unit's rows without the reminder; a viewer is refused; at 390 px rows are cards", async ({ browser, seed }) => {
  test.setTimeout(90_000);
  const world = await seed.world();
  const today = seed.today();
  await seed.issuedPlan(world, [
    { content: "Việc trễ của A e2e", end: shiftDate(today, -1) },
    { content: "Việc trễ của B e2e", lead: world.unitB.id, end: shiftDate(today, -2) },
  ]);

  const staff = await pageAs(browser, world.staffB.username, world.password, { viewport: { width: 390, height: 844 } });
  // The address names unit A: staff of B still see B's work only.
  await staff.goto(`/attention?unit=${world.unitA.id}`);
  await expect(staff.getByText("Việc trễ của B e2e")).toBeVisible();
  await expect(staff.getByText("Việc trễ của A e2e")).toHaveCount(0);
  await expect(staff.getByLabel("Đơn vị", { exact: true })).toHaveCount(0);
  await expect(staff.getByRole("button", { name: /^Nhắc / })).toHaveCount(0);
  // Nothing wider than the phone: the row is a card, its cells one under another.
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await staff.screenshot({ path: "test-results/attention-staff-390.png", fullPage: true });
  await staff.context().close();

  const leader = await pageAs(browser, world.leader.username, world.password, { viewport: { width: 390, height: 844 } });
  await leader.goto("/attention");
  const card = leader.getByRole("row").filter({ hasText: "Việc trễ của A e2e" });
  await expect(card.getByRole("button", { name: /^Nhắc / })).toBeVisible();
  expect(await leader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await leader.screenshot({ path: "test-results/attention-390.png", fullPage: true });
  // Nothing needs attention: the empty state says so.
  await leader.goto("/attention?kind=blocked");
  await expect(leader.getByText("Không có việc nào cần chú ý")).toBeVisible();
  await leader.context().close();

  const viewer = await pageAs(browser, world.viewer.username, world.password);
  const response = await viewer.goto("/attention");
  expect(response?.status()).toBe(403);
  await expect(viewer.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Việc cần chú ý" })).toHaveCount(0);
  await viewer.context().close();
});

test("the list prints on A4 landscape with its filters, and downloads as Excel with the same rows", async ({ browser, seed }) => {
  test.setTimeout(90_000);
  mkdirSync("test-results", { recursive: true });
  const world = await seed.world();
  const today = seed.today();
  await seed.issuedPlan(world, [
    { content: "In trễ một e2e", end: shiftDate(today, -4) },
    { content: "In trễ hai e2e", lead: world.unitB.id, end: shiftDate(today, -1) },
  ]);
  const leader = await pageAs(browser, world.leader.username, world.password);
  await leader.goto(`/attention?kind=overdue`);
  await expect(leader.getByText("In trễ một e2e")).toBeVisible();

  await leader.emulateMedia({ media: "print" });
  const [d, m, y] = [today.slice(8, 10), today.slice(5, 7), today.slice(0, 4)];
  await expect(leader.getByText(`(tính đến ngày ${d}/${m}/${y})`)).toBeVisible();
  await expect(leader.getByText("Loại: Quá hạn · Sắp đến hạn: trong 7 ngày tới")).toBeVisible();
  await expect(leader.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
  await expect(leader.getByRole("button", { name: "In / Lưu PDF" })).toBeHidden();
  const pdf = await leader.pdf({ preferCSSPageSize: true, printBackground: true, path: "test-results/attention-print.pdf" });
  // A4 landscape: 842 × 595 points.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
  expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
  await leader.emulateMedia({ media: "screen" });

  const [download] = await Promise.all([leader.waitForEvent("download"), leader.getByRole("link", { name: "Tải Excel" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Việc cần chú ý \d{2}-\d{2}-\d{4}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("Việc cần chú ý")!;
  expect(sheet.getCell("A2").value).toBe("Loại: Quá hạn · Sắp đến hạn: trong 7 ngày tới");
  expect([sheet.getCell("F4").value, sheet.getCell("F5").value]).toEqual(["In trễ một e2e", "In trễ hai e2e"]);
  expect(sheet.rowCount).toBe(5);
  await leader.context().close();
});
