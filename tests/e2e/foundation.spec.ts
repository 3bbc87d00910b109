import { signIn, plan2022Link } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";
import { openFromMenu } from "./support/menu";

const PLAN_TITLE = "Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022";

test("a wrong password shows a clear Vietnamese error and stays on the login page", async ({ page, seed }) => {
  // A user of its own: failed sign-ins count towards locking the username, and the demo ones are everyone's.
  const world = await seed.world();
  await page.goto("/login");
  await expectAccessible(page);
  await page.getByLabel("Tên đăng nhập").fill(world.leader.username);
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/login/);
});

test("signed-out visitors are sent to the login page and back after signing in", async ({ page }) => {
  await page.goto("/plans?year=2022");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fplans%3Fyear%3D2022/);
  await page.getByLabel("Tên đăng nhập").fill("lanhdao");
  await page.getByLabel("Mật khẩu").fill("demo1234");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/plans\?year=2022$/);
  await expect(plan2022Link(page)).toBeVisible();
});

test("the leader opens the 2022 plan and sees both phase tables with their units", async ({ page }) => {
  await signIn(page, "lanhdao");
  await openFromMenu(page, "Kế hoạch", /\/plans$/);
  await plan2022Link(page).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PLAN_TITLE);
  await expect(page.getByText("Số: 12/KH-SKHCN")).toBeVisible();
  await expect(page.getByText("Lạng Sơn, ngày 03 tháng 5 năm 2022")).toBeVisible();
  await expect(page.getByText(/Công văn số 1838\/VP-KGVX ngày 28\/4\/2022/)).toBeVisible();

  const before = page.getByRole("table", { name: /2\.1\. Hoạt động chào mừng trước Ngày KH&CN Việt Nam/ });
  const week = page.getByRole("table", { name: /2\.2\. Tuần lễ trọng tâm/ });
  await expect(before.getByRole("columnheader")).toHaveText(["Stt", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú", "Trạng thái"]);
  await expect(before.locator("tbody tr")).toHaveCount(3);
  await expect(before.locator("tbody tr").nth(1)).toContainText("Báo Lạng Sơn");
  await expect(before.locator("tbody tr").nth(1)).toContainText("Đài Phát thanh và Truyền hình tỉnh");
  await expect(before.locator("tbody tr").first()).toContainText("03–14/5/2022");
  // Four activities, the fourth with three sub-tasks.
  await expect(week.locator("tbody tr")).toHaveCount(7);
  await expect(week.locator("tbody tr").nth(3)).toContainText("Dự kiến tổ chức ngày 18/5/2022");
  await expect(week.locator("tbody tr").nth(2)).toContainText("Trung tâm Ứng dụng, phát triển khoa học");
  await expect(page.getByText("Nơi nhận:")).toBeVisible();
  await expect(page.getByText("Nguyễn Thị Hà", { exact: true }).last()).toBeVisible();
  await expectAccessible(page);
});

test("a Cao Bằng user cannot open the Lạng Sơn plan's address", async ({ browser }) => {
  const leader = await browser.newPage();
  await signIn(leader, "lanhdao");
  await leader.goto("/plans");
  await plan2022Link(leader).click();
  await expect(leader).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planUrl = leader.url();
  await leader.close();

  const page = await browser.newPage();
  await signIn(page, "caobang");
  const response = await page.goto(planUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy kế hoạch" })).toBeVisible();
  await expect(page.getByText("Nguyễn Thị Hà")).toHaveCount(0);
  await page.close();
});

test("staff cannot open the users page", async ({ page }) => {
  await signIn(page, "qlcn");
  await expect(page.getByRole("link", { name: "Người dùng" })).toHaveCount(0);
  const response = await page.goto("/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Bạn không có quyền truy cập trang này" })).toBeVisible();
});
