// Each test ends sessions of users of its own (./support/seed.ts): a demo
// account is shared with the tests running at the same time.
import type { Browser, BrowserContext } from "@playwright/test";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";

/** A browser that never signed in, holding only the given cookies (as a copied or stolen cookie would be used). */
async function browserWithCookies(browser: Browser, cookies: Awaited<ReturnType<BrowserContext["cookies"]>>) {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  await context.addCookies(cookies);
  return context;
}

test("signing out ends the session on the server: a saved cookie is then signed out for pages and the API", async ({ browser, seed }) => {
  const world = await seed.world();
  const page = await pageAs(browser, world.staffA.username, world.password);
  const saved = await page.context().cookies();
  expect(saved.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
  // While signed in, the saved cookie works elsewhere too.
  const copy = await browserWithCookies(browser, saved);
  expect((await copy.request.get("/api/v1/units")).status()).toBe(200);

  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  const again = await copy.newPage();
  await again.goto("/plans");
  await expect(again).toHaveURL(/\/login/);
  await expect(again.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  const api = await copy.request.get("/api/v1/units");
  expect(api.status()).toBe(401);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  await copy.close();
  await page.context().close();
});

test("“Đăng xuất trên mọi thiết bị” on the profile page ends the sessions of other browsers too", async ({ browser, seed }) => {
  test.setTimeout(90_000); // three sign-ins
  const world = await seed.world();
  const account = { username: world.staffA.username, password: world.password };
  const laptop = await pageAs(browser, account.username, account.password);
  const phone = await pageAs(browser, account.username, account.password);

  await laptop.goto("/profile");
  const sessions = laptop.getByRole("region", { name: "Phiên đăng nhập" });
  await expect(sessions).toContainText("2 phiên");
  await expectAccessible(laptop);
  await sessions.getByRole("button", { name: "Đăng xuất trên mọi thiết bị" }).click();
  await expect(laptop).toHaveURL(/\/login/);
  await expect(laptop.getByRole("status")).toContainText("Đã đăng xuất trên mọi thiết bị");

  await phone.goto("/my-work");
  await expect(phone).toHaveURL(/\/login/);
  expect((await phone.request.get("/api/v1/units")).status()).toBe(401);

  // Signing in again starts a new session that works.
  const back = await pageAs(browser, account.username, account.password);
  await back.goto("/profile");
  await expect(back.getByRole("region", { name: "Phiên đăng nhập" })).toContainText("1 phiên");
  for (const p of [laptop, phone, back]) await p.context().close();
});

test("an administrator's password reset ends the user's session and revokes their token; the profile says why", async ({ browser, request, seed }) => {
  test.setTimeout(90_000); // three sign-ins
  const world = await seed.world();
  const account = { username: world.staffA.username, password: world.password };
  const user = await pageAs(browser, account.username, account.password);
  await user.goto("/profile");
  await user.getByLabel("Tên (dùng vào việc gì)").fill("Văn phòng điện tử");
  await user.getByRole("button", { name: "Tạo mã" }).click();
  const token = (await user.getByLabel("Mã truy cập", { exact: true }).textContent())!.trim();
  expect((await request.get("/api/v1/units", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);

  const admin = await pageAs(browser, world.admin.username, world.password);
  await admin.goto("/users");
  const row = admin.getByRole("row").filter({ hasText: account.username });
  await row.getByText("Đặt lại mật khẩu", { exact: true }).click();
  const form = row.getByRole("form", { name: `Đặt lại mật khẩu ${account.username}` });
  await form.getByLabel("Mật khẩu mới").fill("mat-khau-quan-tri-dat");
  await form.getByRole("button", { name: "Đặt lại" }).click();
  await expect(form).toContainText("mã truy cập API và đường dẫn lịch họ đã tạo đã bị thu hồi");

  await user.reload();
  await expect(user).toHaveURL(/\/login/);
  expect((await request.get("/api/v1/units", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);

  const again = await pageAs(browser, account.username, "mat-khau-quan-tri-dat");
  await again.goto("/profile");
  const tokenRow = again.getByRole("row", { name: /Văn phòng điện tử/ });
  await expect(tokenRow).toContainText("Đã thu hồi");
  await expect(tokenRow).toContainText("Lý do: quản trị viên đặt lại mật khẩu");
  for (const p of [user, admin, again]) await p.context().close();
});
