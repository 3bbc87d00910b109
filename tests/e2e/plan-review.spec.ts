// Issue 15 §5–§6 in the browser: the checklist before submitting (a warning
// confirmed), a return, one activity's end date and lead unit changed, and the
// leader sees exactly those changes, both ends of the window.
import type { Page } from "@playwright/test";
import { formatDate, shiftDate } from "@/lib/dates";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";

async function openAction(page: Page, action: string) {
  await page.getByRole("region", { name: /^Trình duyệt/ }).getByRole("button", { name: action, exact: true }).click();
  return page.getByRole("form", { name: action });
}

test("staff submits past a confirmed warning; after a return and two edits the leader sees exactly those changes", async ({ browser, seed }, testInfo) => {
  test.setTimeout(120_000);
  const world = await seed.world();
  const today = seed.today();
  const plan = await seed.draftPlan(world, [
    { content: "Hội thảo khoa học", start: shiftDate(today, -5), end: shiftDate(today, 5) },
    // Starts before its phase (today − 30): a warning, not a refusal.
    { content: "Khảo sát chuẩn bị", start: shiftDate(today, -40), end: shiftDate(today, -20) },
  ]);
  const staff = await pageAs(browser, world.staffA.username, world.password);
  await staff.goto(`/plans/${plan.id}`);

  // The checklist comes first; the button waits for the confirmation.
  let form = await openAction(staff, "Trình duyệt");
  const checklist = form.getByRole("region", { name: "Kiểm tra trước khi trình" });
  await expect(checklist).toContainText("Cần xem lại (1)");
  await expect(checklist).toContainText(/Hoạt động 2 \(mục 2\.1\): Thời gian .* nằm ngoài thời gian của giai đoạn/);
  const submit = form.getByRole("button", { name: "Trình duyệt", exact: true });
  await expect(submit).toBeDisabled();
  await expectAccessible(staff);
  for (const width of [1280, 390]) {
    await staff.setViewportSize({ width, height: 900 });
    await form.screenshot({ path: testInfo.outputPath(`checklist-${width}.png`) });
  }
  await checklist.getByRole("checkbox", { name: /Tôi đã xem các cảnh báo/ }).check();
  await submit.click();
  await expect(staff.getByText("Đã trình kế hoạch.")).toBeVisible();

  // The leader: a first submission has nothing to compare with; returns it.
  const leader = await pageAs(browser, world.leader.username, world.password);
  await leader.goto(`/plans/${plan.id}`);
  const changes = leader.getByRole("region", { name: "Thay đổi so với bản đã xem xét lần trước" });
  await expect(changes).toContainText("chưa có bản nào được xem xét trước đây");
  form = await openAction(leader, "Trả lại");
  await form.getByLabel("Ý kiến trả lại").fill("Lùi hạn hội thảo và giao đơn vị khác chủ trì.");
  await form.getByRole("button", { name: "Trả lại kế hoạch", exact: true }).click();
  await expect(leader.getByText("Đã trả lại kế hoạch kèm ý kiến.")).toBeVisible();

  // The drafter changes the end date and the lead unit of activity 1 (keyboard-free fills), then resubmits.
  await staff.goto(`/plans/${plan.id}/edit`);
  const first = staff.getByRole("article", { name: "Hoạt động 1", exact: true });
  await first.getByRole("button", { name: "Sửa" }).click();
  const edit = staff.getByRole("form", { name: "Sửa hoạt động 1" });
  await edit.getByLabel("Đơn vị chủ trì").selectOption({ label: world.unitB.name });
  await edit.getByLabel("Kết thúc").fill(shiftDate(today, 7));
  await edit.getByRole("button", { name: "Lưu hoạt động" }).click();
  // Saved: the form closes and the row shows the new lead (the open form lists every unit, so wait for it to go).
  await expect(edit).toBeHidden();
  await expect(first).toContainText(`Chủ trì${world.unitB.name}`);
  await staff.goto(`/plans/${plan.id}`);
  await expect(staff.getByRole("region", { name: "Thay đổi so với bản đã xem xét lần trước" })).toContainText("2 thay đổi");
  form = await openAction(staff, "Trình duyệt");
  await form.getByRole("checkbox", { name: /Tôi đã xem các cảnh báo/ }).check();
  await form.getByRole("button", { name: "Trình duyệt", exact: true }).click();
  await expect(staff.getByText("Đã trình kế hoạch.")).toBeVisible();

  // Exactly those changes: one activity, its lead unit and both ends of its window.
  await leader.reload();
  await expect(changes).toContainText("2 thay đổi so với bản trình ngày");
  await expect(changes).toContainText("đã bị trả lại");
  const rows = changes.getByRole("listitem");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Hoạt động 1 (mục 2.1): Hội thảo khoa học");
  await expect(rows.first().getByRole("term")).toHaveText(["Đơn vị chủ trì", "Thời gian"]);
  const [lead, time] = [rows.first().getByRole("definition").nth(0), rows.first().getByRole("definition").nth(1)];
  await expect(lead).toHaveText(`${world.unitA.name}→ thành ${world.unitB.name}`);
  const start = formatDate(shiftDate(today, -5));
  await expect(time).toHaveText(`${start}–${formatDate(shiftDate(today, 5))}→ thành ${start}–${formatDate(shiftDate(today, 7))}`);
  await expectAccessible(leader);

  // What was looked at, at desk and phone widths.
  await leader.setViewportSize({ width: 1280, height: 900 });
  await changes.screenshot({ path: testInfo.outputPath("changes-1280.png") });
  await leader.setViewportSize({ width: 390, height: 844 });
  await changes.screenshot({ path: testInfo.outputPath("changes-390.png") });

  // The history names the confirmed warning.
  await leader.goto(`/plans/${plan.id}/history`);
  await expect(leader.getByText(/trình duyệt kế hoạch \(→ Chờ duyệt\), xác nhận đã xem 1 cảnh báo: Hoạt động 2 \(mục 2\.1\)/).first()).toBeVisible();
  await staff.context().close();
  await leader.context().close();
});
