// Issue 14 §2–3 in the browser: a leader imports a signed plan "as issued"
// (it keeps 09/KH-SKHCN, its date and signer; the same number again is refused
// in the preview), and a plan with Kinh phí shows its costs on the plan page
// and the activity page.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";
import { CORPUS_DIR } from "../fixtures/corpus";

const corpus = (slug: string) => readFileSync(path.join(CORPUS_DIR, `${slug}.txt`), "utf8");

async function readDocument(page: Page, slug: string) {
  await page.goto("/plans/import");
  await page.getByLabel(/Nội dung kế hoạch/).fill(corpus(slug));
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByRole("heading", { name: "2. Kehoach đọc được" })).toBeVisible();
}

/** Every name the document leaves unmatched, mapped to the first unit offered. */
async function mapEveryName(page: Page) {
  for (const select of await page.locator('select[name^="mapping."]').all()) {
    const first = await select.locator("optgroup[label='Tất cả đơn vị'] option").first().getAttribute("value");
    await select.selectOption(first!);
  }
}

async function screenshots(page: Page, name: string, outputPath: (name: string) => string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: outputPath(`${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: outputPath(`${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a leader imports a signed plan as issued: it keeps 09/KH-SKHCN, its date and signer; the number cannot be used twice", async ({ browser, seed }, testInfo) => {
  // Two imports of a ten-activity plan, screenshots and an accessibility check: a long journey.
  test.slow();
  const dept = await seed.department();
  const page = await pageAs(browser, dept.users.lanhdao.username, dept.password);
  await readDocument(page, "ngay-khcn-2024-phu-luc");
  const asIssued = page.getByRole("checkbox", { name: /Nhập như kế hoạch đã ban hành/ });
  await expect(asIssued).toBeEnabled();
  await expect(page.getByText(/Số 09\/KH-SKHCN, ban hành ngày 12\/04\/2024, người ký: GIÁM ĐỐC · Lương Đức Minh/)).toBeVisible();
  await asIssued.check();
  await mapEveryName(page);
  await screenshots(page, "import-as-issued", (name) => testInfo.outputPath(name));
  await page.getByRole("group", { name: "3. Xác nhận" }).screenshot({ path: testInfo.outputPath("import-as-issued-confirm.png") });
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nhập kế hoạch đã ban hành" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\?done=import-issued$/);
  await expect(page.getByText("Đã nhập kế hoạch đã ban hành")).toBeVisible();
  await expect(page.getByText("Số 09/KH-SKHCN ·")).toBeVisible();
  await expect(page.getByText("Đã ban hành", { exact: true }).first()).toBeVisible();

  // The same document again: the preview says the number is taken, and offers the draft path only.
  await readDocument(page, "ngay-khcn-2024-phu-luc");
  await expect(page.getByText(/Số 09\/KH-SKHCN đã được dùng cho kế hoạch/)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Nhập như kế hoạch đã ban hành/ })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Tạo dự thảo" })).toBeVisible();
  await page.getByRole("group", { name: "3. Xác nhận" }).screenshot({ path: testInfo.outputPath("import-number-taken.png") });
  await page.context().close();
});

test("a staff member is not offered the as-issued import", async ({ browser, seed }) => {
  const dept = await seed.department();
  const page = await pageAs(browser, dept.users.qlcn.username, dept.password);
  await readDocument(page, "ngay-khcn-2024-phu-luc");
  await expect(page.getByRole("button", { name: "Tạo dự thảo" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Nhập như kế hoạch đã ban hành/ })).toHaveCount(0);
  await page.context().close();
});

test("a plan with Kinh phí shows its costs, their sum and the plan's budget; the activity page shows Sản phẩm and Kinh phí", async ({ browser, seed }, testInfo) => {
  test.slow();
  const dept = await seed.department();
  const page = await pageAs(browser, dept.users.qlcn.username, dept.password);
  await readDocument(page, "cuoc-thi-sang-tao-2024-kinh-phi");
  await mapEveryName(page);
  await page.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\?done=import$/);
  const budget = page.getByRole("region", { name: "Kinh phí" });
  await expect(budget).toContainText("Kinh phí kế hoạch185.500.000 đ");
  await expect(budget.getByTestId("activities-cost")).toHaveText(/^[\d.]+ đ$/);
  await expect(page.getByRole("columnheader", { name: "Kinh phí (đồng)" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "3.500.000 đ", exact: true })).toBeVisible();
  // Each phase's table ends with its sum: 3.500.000 + 12.000.000 + 8.000.000.
  await expect(page.getByRole("cell", { name: "23.500.000 đ", exact: true })).toBeVisible();
  await page.getByRole("region", { name: /^1\. PHÁT ĐỘNG CUỘC THI/ }).screenshot({ path: testInfo.outputPath("plan-costs-phase.png") });
  await screenshots(page, "plan-costs", (name) => testInfo.outputPath(name));
  await expectAccessible(page);

  await page.getByRole("link", { name: "Chi tiết hoạt động 1" }).first().click();
  await expect(page.getByText("Kinh phí dự kiến")).toBeVisible();
  await expect(page.getByText("3.500.000 đ")).toBeVisible();
  await screenshots(page, "activity-costs", (name) => testInfo.outputPath(name));
  await page.context().close();
});
