import { expect, type Page } from "@playwright/test";

/** A link of the main menu ("Điều hướng chính"). */
export const menuLink = (page: Page, name: string) => page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name, exact: true });

/** Opens a page from the main menu, as a user would, and checks where it led. */
export async function openFromMenu(page: Page, name: string, url: RegExp) {
  await menuLink(page, name).click();
  await expect(page).toHaveURL(url);
}
