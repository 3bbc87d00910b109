// Pages show the actions the rights objects allow, and nothing else: the plan
// page's buttons, the editor's drafting unit, the new plan page's unit choice
// and the viewer's history link. Each test seeds its own organisation.
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";

test("a draft: its drafters and the leader may edit it, a staff member of another unit may not", async ({ browser, seed }) => {
  test.setTimeout(90_000);
  const world = await seed.world();
  const plan = await seed.draftPlan(world, [{ content: "Hội thảo khoa học" }]);

  const drafter = await pageAs(browser, world.staffA.username, world.password);
  await drafter.goto(`/plans/${plan.id}`);
  const trail = drafter.getByRole("navigation", { name: "Đường dẫn" });
  await expect(trail.getByRole("link", { name: "Kế hoạch" })).toHaveAttribute("href", "/plans");
  await expect(trail.getByText("Dự thảo")).toHaveAttribute("aria-current", "page");
  await expect(drafter.getByRole("button", { name: "Trình duyệt" })).toBeVisible();
  await drafter.getByRole("link", { name: "Soạn / sửa kế hoạch" }).click();
  await expect(drafter.getByRole("navigation", { name: "Đường dẫn" }).getByText("Soạn thảo")).toBeVisible();
  // Staff draft for their own unit: the editor does not offer another one.
  await expect(drafter.getByRole("form", { name: "Thông tin chung của kế hoạch" })).toBeVisible();
  await expect(drafter.getByLabel("Đơn vị soạn thảo")).toHaveCount(0);
  await expectAccessible(drafter);
  await drafter.context().close();

  const leader = await pageAs(browser, world.leader.username, world.password);
  await leader.goto(`/plans/${plan.id}/edit`);
  await expect(leader.getByLabel("Đơn vị soạn thảo")).toBeVisible();
  await leader.context().close();

  const other = await pageAs(browser, world.staffB.username, world.password);
  await other.goto(`/plans/${plan.id}`);
  await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(other.getByRole("link", { name: "Soạn / sửa kế hoạch" })).toHaveCount(0);
  await expect(other.getByRole("button", { name: "Trình duyệt" })).toHaveCount(0);
  await expect(other.getByText("Bạn không có thao tác nào với kế hoạch ở trạng thái này.")).toBeVisible();
  await other.goto(`/plans/${plan.id}/edit`);
  await expect(other.getByRole("heading", { name: "Kế hoạch này không sửa được lúc này" })).toBeVisible();
  await other.context().close();
});

test("an issued plan: a viewer reads it without the history link or any action; the leader sees both", async ({ browser, seed }) => {
  const world = await seed.world();
  const plan = await seed.issuedPlan(world, [{ content: "Triển lãm sản phẩm" }]);

  const viewer = await pageAs(browser, world.viewer.username, world.password);
  await viewer.goto(`/plans/${plan.id}`);
  await expect(viewer.getByRole("link", { name: "Tải văn bản (DOCX)" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Báo cáo kết quả (DOCX)" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Lịch sử thay đổi" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Tạo kế hoạch năm sau từ kế hoạch này" })).toHaveCount(0);
  await viewer.context().close();

  const leader = await pageAs(browser, world.leader.username, world.password);
  await leader.goto(`/plans/${plan.id}`);
  await expect(leader.getByRole("button", { name: "Điều chỉnh" })).toBeVisible();
  await expect(leader.getByRole("button", { name: "Kết thúc kế hoạch" })).toBeVisible();
  await leader.getByRole("link", { name: "Lịch sử thay đổi" }).click();
  await expect(leader.getByRole("heading", { name: "Lịch sử thay đổi" })).toBeVisible();
  await expect(leader.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link", { name: "01/KH-SKHCN" })).toHaveAttribute("href", `/plans/${plan.id}`);
  await leader.context().close();
});

test("a new plan: staff draft for their own unit, the leader chooses one", async ({ browser, seed }) => {
  // Two users, each through the new-plan form: 40 s in a busy CI run.
  test.setTimeout(90_000);
  const world = await seed.world();
  const staff = await pageAs(browser, world.staffA.username, world.password);
  await staff.goto("/plans/new?mode=blank");
  await expect(staff.getByRole("form", { name: "Tạo kế hoạch trống" })).toBeVisible();
  await expect(staff.getByLabel("Đơn vị soạn thảo")).toHaveCount(0);
  await staff.context().close();

  const leader = await pageAs(browser, world.leader.username, world.password);
  await leader.goto("/plans/new?mode=blank");
  await expect(leader.getByRole("form", { name: "Tạo kế hoạch trống" }).getByLabel("Đơn vị soạn thảo")).toBeVisible();
  await leader.context().close();

  const viewer = await pageAs(browser, world.viewer.username, world.password);
  await viewer.goto("/plans/new");
  await expect(viewer.getByRole("heading", { name: "Bạn không có quyền tạo kế hoạch" })).toBeVisible();
  await viewer.context().close();
});
