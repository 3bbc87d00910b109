// Units through reorganisations (issue 16 §6), in an organisation of its own: the admin renames a unit from a
// date, previews and confirms a merge; the moved activity shows the successor on its plan while the done one keeps
// the merged unit's name; cloning the plan proposes the successor.
import { expect, test } from "./support/seed";
import { pageAs } from "./support/auth";
import { db } from "@/tests/support/db";
import { formatDate, shiftDate } from "@/lib/dates";

test("admin renames with a date, merges after a preview; plans and the clone preview follow", async ({ browser, seed }) => {
  // Two users, a rename, a merge with its preview, a clone and four full-page screenshots: 19 s on a quiet machine, 48 s in a busy CI run.
  test.setTimeout(90_000);
  const world = await seed.world();
  const today = seed.today();
  const plan = await seed.issuedPlan(world, [{ content: "Việc đang làm e2e" }, { content: "Việc đã xong e2e" }]);
  await db.activity.update({ where: { id: plan.activity("Việc đã xong e2e").id }, data: { status: "DONE", progress: 100 } });
  const oldB = world.unitB.name;
  const newB = `${oldB} (tên mới)`;

  const admin = await pageAs(browser, world.admin.username, world.password, { viewport: { width: 1280, height: 900 } });
  // Rename B from today: the history keeps the former name until yesterday.
  await admin.goto(`/units/${world.unitB.id}`);
  const rename = admin.getByRole("form", { name: "Đổi tên đơn vị" });
  await rename.getByLabel("Tên mới").fill(newB);
  await rename.getByLabel("Lý do, căn cứ").fill("Quyết định số 12/QĐ-UBND");
  await rename.getByRole("button", { name: "Đổi tên" }).click();
  await expect(admin.getByText(`Đã đổi tên thành “${newB}” từ ngày ${formatDate(today)}.`)).toBeVisible();
  await expect(admin.getByRole("heading", { level: 1, name: newB })).toBeVisible();
  await expect(admin.getByText(`${oldB} (đến ${formatDate(shiftDate(today, -1))})`)).toBeVisible();

  // Merge A into B: the preview lists what moves and what stays.
  await admin.goto(`/units/${world.unitA.id}`);
  await admin.getByRole("combobox", { name: /^Đơn vị tiếp nhận/ }).selectOption({ label: newB });
  await admin.getByRole("button", { name: "Xem trước những gì được chuyển" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Sáp nhập ${world.unitA.name} vào ${newB}` })).toBeVisible();
  const moves = admin.getByRole("region", { name: `Hoạt động chủ trì chuyển sang ${newB}` });
  await expect(moves.getByRole("link", { name: "Việc đang làm e2e" })).toBeVisible();
  await expect(moves.getByRole("link", { name: "Việc đã xong e2e" })).toHaveCount(0);
  await expect(admin.getByText(/Hoạt động đã xong, đã hủy hoặc thuộc kế hoạch đã kết thúc: 1/)).toBeVisible();
  await admin.screenshot({ path: "test-results/unit-merge-preview-1280.png", fullPage: true });
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.screenshot({ path: "test-results/unit-merge-preview-390.png", fullPage: true });
  await admin.setViewportSize({ width: 1280, height: 900 });
  await admin.getByRole("button", { name: `Xác nhận sáp nhập vào ${newB}` }).click();
  await expect(admin).toHaveURL(new RegExp(`/units/${world.unitA.id}$`));
  await expect(admin.getByText("Đã sáp nhập", { exact: true })).toBeVisible();
  await expect(admin.getByRole("form", { name: "Đổi tên đơn vị" })).toHaveCount(0);
  await admin.screenshot({ path: "test-results/unit-merged-1280.png", fullPage: true });

  // The plan: the moved activity is led by B, the done one still by A, marked as merged.
  const leader = await pageAs(browser, world.leader.username, world.password, { viewport: { width: 1280, height: 900 } });
  await leader.goto(`/plans/${plan.id}`);
  const row = (content: string) => leader.getByRole("row").filter({ hasText: content });
  await expect(row("Việc đang làm e2e").getByRole("cell", { name: newB, exact: true })).toBeVisible();
  await expect(row("Việc đã xong e2e").getByRole("cell", { name: `${world.unitA.name} (đã sáp nhập vào ${newB})`, exact: true })).toBeVisible();

  // Cloning the plan proposes B for A.
  await leader.goto(`/plans/new?mode=clone&source=${plan.id}&eventDate=${shiftDate(today, 365)}`);
  const successor = leader.getByLabel(`${world.unitA.name} (đã sáp nhập) → thay bằng`);
  await expect(successor).toHaveValue(world.unitB.id);
  await leader.screenshot({ path: "test-results/clone-successor-1280.png", fullPage: true });
  await leader.setViewportSize({ width: 390, height: 844 });
  await leader.screenshot({ path: "test-results/clone-successor-390.png", fullPage: true });
  await leader.getByRole("button", { name: "Tạo dự thảo kế hoạch" }).click();
  await expect(leader).toHaveURL(/\/plans\/[0-9a-f-]+\/edit/);
  const cloneId = /\/plans\/([0-9a-f-]+)/.exec(leader.url())![1]!;
  expect(cloneId).not.toBe(plan.id);
  const leads = await db.activity.findMany({ where: { planId: cloneId }, select: { leadUnitId: true } });
  expect(leads.map((a) => a.leadUnitId)).toEqual([world.unitB.id, world.unitB.id]);
  await admin.close();
  await leader.close();
});
