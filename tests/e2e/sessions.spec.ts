import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { createStaffAccount, pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";

/** A browser that never signed in, holding only the given cookies (as a copied or stolen cookie would be used). */
async function browserWithCookies(browser: Browser, cookies: Awaited<ReturnType<BrowserContext["cookies"]>>) {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  await context.addCookies(cookies);
  return context;
}

test("signing out ends the session on the server: a saved cookie is then signed out for pages and the API", async ({ browser }) => {
  const page = await pageAs(browser, "vanphong");
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

test("“Đăng xuất trên mọi thiết bị” on the profile page ends the sessions of other browsers too", async ({ browser }) => {
  const account = await createStaffAccount(browser);
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
