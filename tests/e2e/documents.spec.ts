import { readFileSync } from "node:fs";
import { pageAs, plan2022Link } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";
import { formatDate } from "@/lib/dates";
import { readReference } from "../fixtures/reference";

const PLAN_TITLE = "Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022";
const REFERENCE = readReference();

test("lanhdao downloads the 2022 plan as DOCX and opens its print view", async ({ browser }) => {
  const page = await pageAs(browser, "lanhdao");
  await page.goto("/plans?year=2022");
  await plan2022Link(page).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải văn bản (DOCX)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("Kế hoạch 12-KH-SKHCN 2022.docx");
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  expect(bytes.byteLength).toBeGreaterThan(5000);

  await page.getByRole("link", { name: "Bản in / PDF" }).click();
  await expect(page).toHaveURL(/\/print$/);
  const paper = page.getByRole("article");
  await expect(paper.getByRole("heading", { name: "KẾ HOẠCH" })).toBeVisible();
  await expect(paper.getByText("Số: 12/KH-SKHCN")).toBeVisible();
  await expect(paper.getByText("Lạng Sơn, ngày 03 tháng 5 năm 2022")).toBeVisible();
  await expect(paper.getByRole("table").filter({ hasText: "Nội dung" })).toHaveCount(2);
  await expect(page.getByRole("button", { name: "In / Lưu PDF" })).toBeVisible();
  await expectAccessible(page);
  await page.context().close();
});

test("qlcn pastes the reference text, maps nothing, and opens the new draft", async ({ browser, seed }) => {
  // A copy of the demo department: every unit the document names exists, and the new draft is no other test's.
  const dept = await seed.department();
  const page = await pageAs(browser, dept.users.qlcn.username, dept.password);
  await page.goto("/plans/new");
  await page.getByRole("link", { name: /Từ văn bản có sẵn/ }).click();
  await expect(page).toHaveURL(/\/plans\/import$/);
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByText("Hãy dán nội dung kế hoạch hoặc chọn một tệp DOCX")).toBeVisible();

  await page.getByLabel(/Nội dung kế hoạch/).fill(REFERENCE);
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByText("2 giai đoạn, 7 hoạt động; mọi đơn vị đều đã khớp.")).toBeVisible();
  const preview = page.getByRole("article", { name: "Kế hoạch đọc được" });
  await expect(preview.getByRole("region", { name: "Giai đoạn 2.1" }).locator("tbody tr")).toHaveCount(3);
  await expect(preview.getByRole("region", { name: "Giai đoạn 2.2" }).locator("tbody tr")).toHaveCount(7);
  await expect(preview).toContainText("Đài Phát thanh và Truyền hình tỉnh");
  await expect(page.getByLabel("Ngày sự kiện (nếu có)")).toHaveValue(formatDate("2022-05-18"));
  await expectAccessible(page);

  await page.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\?done=import$/);
  await expect(page.getByText("Đã tạo dự thảo từ văn bản.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PLAN_TITLE);
  await expect(page.getByText("Dự thảo", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("table", { name: /2\.2\. Tuần lễ trọng tâm/ }).locator("tbody tr")).toHaveCount(7);
  await page.context().close();
});
