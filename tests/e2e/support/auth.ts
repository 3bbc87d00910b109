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
 * The issued 2022 plan's link in the plan list. Other tests may create drafts
 * with the same title (an import of the same document), so the row is picked
 * by its number.
 */
export function plan2022Link(page: Page) {
  return page
    .getByRole("row")
    .filter({ hasText: "12/KH-SKHCN" })
    .getByRole("link", { name: "Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022" });
}

/**
 * A new STAFF account made by the demo administrator on the users page, for
 * tests that end every session of a user (a demo account is shared with
 * tests running at the same time).
 */
export async function createStaffAccount(browser: Browser): Promise<{ username: string; password: string }> {
  const page = await pageAs(browser, "admin");
  const username = `canbo${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const password = "lang-son-phien-2027";
  await page.goto("/users");
  const form = page.getByRole("form", { name: "Tạo tài khoản" });
  await form.getByLabel("Tên đăng nhập").fill(username);
  await form.getByLabel("Mật khẩu ban đầu").fill(password);
  await form.getByLabel("Họ và tên").fill("Nông Thị Phiên");
  await form.getByLabel("Đơn vị").selectOption({ label: "Phòng Quản lý khoa học" });
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByText(`Đã tạo tài khoản “${username}”.`)).toBeVisible();
  await page.context().close();
  return { username, password };
}
