// Notifications open and are read; a user sets where mail reaches them; an
// administrator reads the outbox (demo mode: no SMTP_URL, nothing is sent).
import { expect, test } from "./support/seed";
import { pageAs } from "./support/auth";
import { db } from "@/tests/support/db";

test("opening a notification marks it read", async ({ browser, seed }) => {
  const world = await seed.world();
  await db.notification.create({
    data: { organizationId: world.organization.id, userId: world.staffA.id, kind: "plan.returned", title: "Kế hoạch bị trả lại: Hội nghị e2e", body: "Bổ sung kinh phí.", link: "/plans?year=2031" },
  });
  const page = await pageAs(browser, world.staffA.username, world.password);
  await page.goto("/notifications");
  await expect(page.getByText("1 thông báo chưa đọc")).toBeVisible();
  await expect(page.getByText("Mới", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Kế hoạch bị trả lại: Hội nghị e2e" }).click();
  await expect(page).toHaveURL(/\/plans\?year=2031$/);
  await expect(page.getByRole("link", { name: "Thông báo: không có thông báo mới" })).toBeVisible();
  await page.goto("/notifications");
  await expect(page.getByText("Không có thông báo mới")).toBeVisible();
  await expect(page.getByText("Mới", { exact: true })).toHaveCount(0);
});

test("a user sets their e-mail address and how mail reaches them; a wrong address is refused in Vietnamese", async ({ browser, seed }) => {
  const world = await seed.world();
  const page = await pageAs(browser, world.staffA.username, world.password);
  await page.goto("/profile");
  const form = page.getByRole("form", { name: "Nhận thông báo qua thư" });
  await form.getByLabel("Địa chỉ thư").fill("can-bo@");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByText("Địa chỉ thư không hợp lệ (ví dụ: ten@langson.gov.vn).")).toBeVisible();
  await expect(form.getByLabel("Địa chỉ thư")).toHaveValue("can-bo@");
  await form.getByLabel("Địa chỉ thư").fill("Can-Bo.A@LangSon.gov.vn");
  await form.getByLabel("Nhận thư").selectOption({ label: "Một thư tổng hợp lúc 07:00 hằng ngày" });
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByText("Đã lưu cách nhận thư.")).toBeVisible();
  await expect(form.getByLabel("Địa chỉ thư")).toHaveValue("can-bo.a@langson.gov.vn");
  await page.reload();
  await expect(page.getByRole("form", { name: "Nhận thông báo qua thư" }).getByLabel("Nhận thư")).toHaveValue("DIGEST");
  expect(await db.user.findUniqueOrThrow({ where: { id: world.staffA.id } })).toMatchObject({ email: "can-bo.a@langson.gov.vn", mailPreference: "DIGEST" });
  await page.screenshot({ path: "test-results/profile-mail-1280.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/profile-mail-390.png" });
});

test("an administrator gives a new account an e-mail address", async ({ browser, seed }) => {
  const world = await seed.world();
  const admin = await pageAs(browser, world.admin.username, world.password);
  await admin.goto("/users");
  const form = admin.getByRole("form", { name: "Tạo tài khoản" });
  const username = `thu-${world.organization.id.slice(0, 8)}`;
  await form.getByLabel("Tên đăng nhập").fill(username);
  await form.getByLabel("Mật khẩu ban đầu").fill("mat-khau-ban-dau-dai");
  await form.getByLabel("Họ và tên").fill("Nguyễn Thị Thư");
  await form.getByLabel("Đơn vị").selectOption({ label: world.unitA.name });
  await form.getByLabel("Địa chỉ thư").fill("thu.nt@langson.gov.vn");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByText(`Đã tạo tài khoản “${username}”.`)).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { username } })).toMatchObject({ email: "thu.nt@langson.gov.vn", mailPreference: "IMMEDIATE" });
});

test("without SMTP_URL an administrator reads the mail that would have been sent", async ({ browser, seed }) => {
  const world = await seed.world();
  await db.mailMessage.create({
    data: {
      organizationId: world.organization.id,
      userId: world.leader.id,
      toAddress: "lanh-dao@thu-nghiem.gov.vn",
      kind: "notification",
      dedupeKey: `e2e:${world.organization.id}`,
      subject: "[Kehoach] Vướng mắc: Kiểm tra cơ sở e2e",
      text: "Vướng mắc: Kiểm tra cơ sở e2e\n\nKế hoạch số 07/KH-SKHCN (Thử). Chưa có kinh phí.\n\nXem chi tiết: http://localhost/activities/x",
    },
  });
  const admin = await pageAs(browser, world.admin.username, world.password);
  await admin.goto("/settings");
  await admin.getByRole("link", { name: "Xem thư đi" }).click();
  await expect(admin).toHaveURL(/\/settings\/outbox$/);
  await expect(admin.getByText(/Chưa cấu hình máy chủ thư \(SMTP_URL\)/)).toBeVisible();
  await expect(admin.getByRole("link", { name: "Chờ gửi (1)" })).toBeVisible();
  await admin.getByText("[Kehoach] Vướng mắc: Kiểm tra cơ sở e2e").click();
  await expect(admin.getByText("Kế hoạch số 07/KH-SKHCN (Thử). Chưa có kinh phí.", { exact: false })).toBeVisible();
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.screenshot({ path: "test-results/outbox-390.png", fullPage: true });
  await admin.setViewportSize({ width: 1280, height: 800 });
  await admin.screenshot({ path: "test-results/outbox-1280.png", fullPage: true });

  const leader = await pageAs(browser, world.leader.username, world.password);
  const response = await leader.goto("/settings/outbox");
  expect(response?.status()).toBe(403);
});

test("a leader reminds the lead unit from the activity page, once a day", async ({ browser, seed }) => {
  const world = await seed.world();
  const plan = await seed.issuedPlan(world, [{ content: "Khảo sát nhu cầu e2e", end: seed.today() }]);
  const activity = plan.activity("Khảo sát nhu cầu e2e");
  const leader = await pageAs(browser, world.leader.username, world.password);
  await leader.goto(`/activities/${activity.id}`);
  const form = leader.getByRole("form", { name: "Nhắc đơn vị chủ trì" });
  await form.getByLabel("Lời nhắn (không bắt buộc)").fill("Đề nghị gửi kết quả trước 16 giờ.");
  await form.getByRole("button", { name: `Nhắc ${world.unitA.name}` }).click();
  await expect(form.getByText(`Đã nhắc ${world.unitA.name} (1 người nhận).`)).toBeVisible();
  await expect(form.getByLabel("Lời nhắn (không bắt buộc)")).toHaveValue("");
  await leader.setViewportSize({ width: 390, height: 844 });
  await form.scrollIntoViewIfNeeded();
  await leader.screenshot({ path: "test-results/remind-390.png" });
  await leader.setViewportSize({ width: 1280, height: 800 });
  await form.getByRole("button", { name: `Nhắc ${world.unitA.name}` }).click();
  await expect(form.getByText(/đã được nhắc về hoạt động này hôm nay/)).toBeVisible();
  await form.scrollIntoViewIfNeeded();
  await leader.screenshot({ path: "test-results/remind-1280.png" });

  const staff = await pageAs(browser, world.staffA.username, world.password);
  await staff.goto("/notifications");
  await expect(staff.getByRole("link", { name: "Lãnh đạo nhắc: Khảo sát nhu cầu e2e" })).toBeVisible();
  await expect(staff.getByText(/Kế hoạch .*Đề nghị gửi kết quả trước 16 giờ\./)).toBeVisible();
  // Staff are not offered the reminder.
  await staff.goto(`/activities/${activity.id}`);
  await expect(staff.getByRole("form", { name: "Nhắc đơn vị chủ trì" })).toHaveCount(0);
});
