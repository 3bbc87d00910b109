import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo1234";

/** Signs in through the real login form, as a user would. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
}

/** A separate browser session signed in as this user (axe needs pages from a context). */
export async function pageAs(browser: Browser, username: string, password = DEMO_PASSWORD, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh", ...options });
  const page = await context.newPage();
  await signIn(page, username, password);
  return page;
}

/**
 * The issued 2022 plan's link in the demo department's plan list. Tests that
 * create plans do so in organisations of their own (./seed.ts), so its title
 * alone finds it: no other plan of the demo department has it.
 */
export function plan2022Link(page: Page) {
  return page.getByRole("link", { name: "Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022" });
}
