// The chunks every page runs at startup are served with Chrome's compile hint
// (scripts/compile-hints.ts, written after the build), and a page that loads
// them still hydrates: the sign-in form's own check answers an empty form.
import { COMPILE_HINT, startupChunks } from "@/scripts/compile-hints";
import { expect, test } from "./support/seed";

test("the startup chunks reach the browser with the compile hint, and the page hydrates", async ({ page, request }) => {
  const files = startupChunks(process.cwd());
  expect(files.length).toBeGreaterThan(0);
  await page.goto("/login");
  const referenced = await page.locator('script[src], link[rel="preload"][as="script"]').evaluateAll((nodes) =>
    nodes.map((node) => new URL(node.getAttribute("src") ?? node.getAttribute("href") ?? "", location.href).pathname),
  );
  for (const file of files) {
    const url = `/_next/${file}`;
    expect(referenced).toContain(url);
    const response = await request.get(url);
    expect(response.ok()).toBe(true);
    expect((await response.text()).startsWith(COMPILE_HINT)).toBe(true);
  }
  // Hydrated: the form's own check answers an empty form, with no request sent.
  await page.getByRole("button", { name: /Đăng nhập/ }).click();
  await expect(page.getByText("Vui lòng nhập tên đăng nhập và mật khẩu.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
