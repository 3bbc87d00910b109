// Plans keep their own sections: the import preview and the plan page show
// them in the document's order and words, the editor reorders them from the
// keyboard, and the exported DOCX follows; an appendix plan prints its table
// after the signature on a landscape page.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";
import { CORPUS_DIR } from "../fixtures/corpus";
import { openDocx, paragraphs } from "../support/docx-xml";

const corpus = (slug: string) => readFileSync(path.join(CORPUS_DIR, `${slug}.txt`), "utf8");

/** Pastes a corpus document, checks the preview's outline, and creates the draft (unknown units added as outside units). */
async function importPlan(page: Page, slug: string, outline: string[]) {
  await page.goto("/plans/import");
  // A title of its own, so that this draft is no other run's.
  await page.getByLabel(/Nội dung kế hoạch/).fill(corpus(slug).replace(/^KẾ HOẠCH$/m, `KẾ HOẠCH\nBố cục ${Date.now()}`));
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  const preview = page.getByRole("article", { name: "Kế hoạch đọc được" });
  await expect(preview.getByRole("region", { name: "Bố cục văn bản" }).getByRole("listitem")).toHaveText(outline.map((text) => new RegExp(`^${text.replace(/[().]/g, "\\$&")}`)));
  for (const select of await page.locator('select[name^="mapping."]').all()) await select.selectOption("new:EXTERNAL");
  await page.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\?done=import$/);
  return page.url().match(/\/plans\/([0-9a-f-]{36})/)![1]!;
}

async function downloadDocx(page: Page) {
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải văn bản (DOCX)" }).click();
  const bytes = readFileSync(await (await downloading).path());
  return openDocx(bytes);
}

test("the prose plan keeps its sections in order; the editor moves one up from the keyboard and the DOCX follows", async ({ browser, seed }, testInfo) => {
  test.setTimeout(150_000); // an import, an edit, a DOCX and axe on a busy shared machine
  const dept = await seed.department();
  const page = await pageAs(browser, dept.users.lanhdao.username, dept.password);
  const id = await importPlan(page, "ngay-hoi-khoi-nghiep-2024-van-xuoi", [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ",
    "III. NỘI DUNG NGÀY HỘI",
    "IV. TỔ CHỨC THỰC HIỆN",
    "(bảng hoạt động)",
  ]);
  const paper = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "I. MỤC ĐÍCH, YÊU CẦU" }) });
  await expect(paper.getByRole("heading", { level: 3 })).toHaveText(["I. MỤC ĐÍCH, YÊU CẦU", "II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ", "III. NỘI DUNG NGÀY HỘI", "IV. TỔ CHỨC THỰC HIỆN"]);

  await page.goto(`/plans/${id}/edit`);
  const editor = page.getByRole("form", { name: "Bố cục văn bản" });
  const move = editor.getByRole("button", { name: "Lên: IV. TỔ CHỨC THỰC HIỆN" });
  await move.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Đã chuyển “IV. TỔ CHỨC THỰC HIỆN” lên, vị trí 3/5.")).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Đã chuyển “IV. TỔ CHỨC THỰC HIỆN” lên, vị trí 2/5.")).toBeAttached();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("editor-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("editor-390.png"), fullPage: true });
  await expectAccessible(page);
  await editor.getByRole("button", { name: "Lưu bố cục" }).click();
  await expect(editor.getByText("Đã lưu bố cục văn bản.")).toBeVisible();

  await page.goto(`/plans/${id}`);
  await expect(paper.getByRole("heading", { level: 3 })).toHaveText(["I. MỤC ĐÍCH, YÊU CẦU", "IV. TỔ CHỨC THỰC HIỆN", "II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ", "III. NỘI DUNG NGÀY HỘI"]);
  const texts = paragraphs((await downloadDocx(page)).document);
  const order = ["I. MỤC ĐÍCH, YÊU CẦU", "IV. TỔ CHỨC THỰC HIỆN", "II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ", "III. NỘI DUNG NGÀY HỘI"].map((heading) => texts.indexOf(heading));
  expect(order.every((at) => at > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  await page.context().close();
});

test("the appendix plan prints its table after the signature, on a landscape page, with the appendix's title and reference", async ({ browser, seed }, testInfo) => {
  test.setTimeout(150_000); // an import, an edit, a DOCX and axe on a busy shared machine
  const dept = await seed.department();
  const page = await pageAs(browser, dept.users.lanhdao.username, dept.password);
  await importPlan(page, "ngay-khcn-2024-phu-luc", [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II. CHỦ ĐỀ VÀ KHẨU HIỆU",
    "III. NỘI DUNG HOẠT ĐỘNG",
    "IV. TỔ CHỨC THỰC HIỆN",
    "Nội dung chưa xếp được vào mục nào",
    "PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG",
  ]);
  const appendix = page.getByRole("region", { name: "PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG" });
  await expect(appendix).toContainText("(Kèm theo Kế hoạch số 09/KH-SKHCN ngày 12/4/2024 của Sở Khoa học và Công nghệ)");
  await expect(appendix.getByRole("table")).toHaveCount(3);
  const docx = await downloadDocx(page);
  expect(docx.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  const texts = paragraphs(docx.document);
  expect(texts.indexOf("PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG")).toBeGreaterThan(texts.indexOf("Lương Đức Minh"));

  await page.getByRole("link", { name: "Bản in / PDF" }).click();
  await expect(page).toHaveURL(/\/print$/);
  const printed = page.getByRole("region", { name: "PHỤ LỤC: DANH MỤC CÁC HOẠT ĐỘNG" });
  await expect(printed.getByRole("row", { name: /^I CÁC HOẠT ĐỘNG TUYÊN TRUYỀN/ })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("appendix-print-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("appendix-print-390.png"), fullPage: true });
  // Printed, the appendix is a landscape page of its own.
  await page.emulateMedia({ media: "print" });
  expect(await printed.evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
  await page.context().close();
});
