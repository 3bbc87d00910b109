// Plans of other shapes through the import page: the preview says what it read
// and why, pre-selects no unsure unit, and a leader may add an outside unit.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";
import { CORPUS_DIR } from "../fixtures/corpus";

const corpus = (slug: string) => readFileSync(path.join(CORPUS_DIR, `${slug}.txt`), "utf8");

test("a leader imports the prose plan: activities from Tổ chức thực hiện, nothing unsure pre-selected, an outside unit added", async ({ browser, seed }, testInfo) => {
  const dept = await seed.department();
  const page = await pageAs(browser, dept.users.lanhdao.username, dept.password);
  await page.goto("/plans/import");
  await page.getByLabel(/Nội dung kế hoạch/).fill(corpus("ngay-hoi-khoi-nghiep-2024-van-xuoi"));
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByText(/^1 giai đoạn, 6 hoạt động; 1 tên đơn vị cần chọn\.$/)).toBeVisible();
  await expect(page.getByText(/6 hoạt động được đọc từ phần Tổ chức thực hiện/)).toBeVisible();
  const preview = page.getByRole("article", { name: "Kế hoạch đọc được" });
  await expect(preview.getByRole("region", { name: "Các mục giữ nguyên văn" })).toContainText("TỔ CHỨC THỰC HIỆN");
  await expect(preview).toContainText("trước ngày 10/5/2024");
  await expect(preview).toContainText("“Phòng QLCN&ĐMST”: viết tắt QLCN, ĐMST");
  // "Các doanh nghiệp KH&CN trên địa bàn" is no unit of the department: nothing is chosen for it.
  const unknown = page.getByLabel("“Các doanh nghiệp KH&CN trên địa bàn”");
  await expect(unknown).toHaveValue("");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("prose-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("prose-390.png"), fullPage: true });
  await expectAccessible(page);

  for (const select of await page.locator('select[name^="mapping."]').all()) await select.selectOption("new:EXTERNAL");
  await page.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\?done=import$/);
  await expect(page.getByText("Đã tạo dự thảo từ văn bản.")).toBeVisible();
  await page.context().close();
});

test("the appendix plan's preview shows its group rows as phases, Sản phẩm and the appendix it read", async ({ browser, seed }, testInfo) => {
  const dept = await seed.department();
  const page = await pageAs(browser, dept.users.qlcn.username, dept.password);
  await page.goto("/plans/import");
  await page.getByLabel(/Nội dung kế hoạch/).fill(corpus("ngay-khcn-2024-phu-luc"));
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByText(/^3 giai đoạn, 10 hoạt động;/)).toBeVisible();
  const preview = page.getByRole("article", { name: "Kế hoạch đọc được" });
  await expect(preview).toContainText("Bảng hoạt động đọc từ phụ lục sau phần ký: “PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG”");
  await expect(preview.getByRole("region", { name: "Giai đoạn I", exact: true }).getByRole("columnheader", { name: "Sản phẩm" })).toBeVisible();
  await expect(preview.getByRole("region", { name: "Giai đoạn I", exact: true })).toContainText("02 chuyên trang");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("appendix-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("appendix-390.png"), fullPage: true });
  await expectAccessible(page);
  await page.context().close();
});
