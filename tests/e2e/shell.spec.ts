// The header of every page (issue 17 §3): its links are plain anchors that the
// header hands to the client router, so they open pages without reloading the
// document, as next/link did; the main menu marks the current page and follows
// those navigations; a modified click is left to the browser; every page still
// carries its nonce policy, now given by the server's front door.
import { pageAs } from "./support/auth";
import { expect, test } from "./support/seed";
import { menuLink } from "./support/menu";

test("the header's links open pages with the client router, and the menu marks the current page", async ({ browser, seed }) => {
  const world = await seed.world();
  const page = await pageAs(browser, world.staffA.username, world.password);
  const response = await page.goto("/help");
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await expect(menuLink(page, "Hướng dẫn")).toHaveAttribute("aria-current", "page");
  // A mark on the document: a full reload would lose it.
  await page.evaluate(() => Object.assign(window, { kehoachSameDocument: true }));

  await menuLink(page, "Kế hoạch").click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(menuLink(page, "Kế hoạch")).toHaveAttribute("aria-current", "page");
  await expect(menuLink(page, "Hướng dẫn")).not.toHaveAttribute("aria-current", "page");

  await page.getByRole("link", { name: /^Thông báo:/ }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.locator("nav[aria-label='Điều hướng chính'] [aria-current='page']")).toHaveCount(0);

  await page.getByRole("link", { name: new RegExp(`^${world.staffA.displayName}`) }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await page.getByRole("banner").getByRole("link", { name: "Kehoach" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(menuLink(page, "Tổng quan")).toHaveAttribute("aria-current", "page");
  expect(await page.evaluate(() => (window as unknown as { kehoachSameDocument?: boolean }).kehoachSameDocument)).toBe(true);

  // Ctrl-click opens a new tab, as for any link; this document stays where it is.
  const opened = page.context().waitForEvent("page");
  await menuLink(page, "Hướng dẫn").click({ modifiers: ["ControlOrMeta"] });
  const tab = await opened;
  await expect(tab).toHaveURL(/\/help$/);
  await expect(page).toHaveURL(/\/$/);
});
