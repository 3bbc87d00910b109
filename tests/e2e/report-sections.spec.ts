// The results report's own sections and Nơi nhận (issue 16 §7): a leader
// writes them on the report page, and the downloaded DOCX holds them after the
// results, numbered as a report is (I., 1., …, II., III., IV.).
import { readFileSync } from "node:fs";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";
import { openDocx, paragraphs, tables } from "@/tests/support/docx-xml";

const SECTIONS = {
  assessment: "Các hoạt động cơ bản hoàn thành đúng kế hoạch.",
  shortcomings: "Một số đơn vị báo cáo chậm.",
  proposals: "Đề nghị UBND tỉnh bố trí kinh phí năm sau.",
};
const RECIPIENTS = ["UBND tỉnh (b/c);", "Bộ Khoa học và Công nghệ (b/c);", "Lưu: VT, VP."];

test("a leader writes the report's sections and recipients, then downloads a DOCX that holds them, numbered I., 1., II., III., IV.", async ({ browser, seed }) => {
  // The report's sections and recipients saved, then a DOCX built and read back: 42 s in a busy CI run.
  test.setTimeout(90_000);
  const world = await seed.world();
  const plan = await seed.issuedPlan(world, [{ content: "Tổ chức hội thảo" }]);
  const page = await pageAs(browser, world.leader.username, world.password);
  await page.goto(`/plans/${plan.id}`);
  await page.getByRole("link", { name: "Soạn báo cáo" }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/report$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo kết quả thực hiện");
  const form = page.getByRole("form", { name: "Nội dung báo cáo" });
  // A report goes up: its default Nơi nhận is not the plan's.
  await expect(form.getByLabel("Nơi nhận của báo cáo")).toHaveValue(/^UBND tỉnh \(b\/c\);/);

  // No recipient: a field error, and what was typed stays.
  await form.getByLabel("II. Đánh giá chung").fill(SECTIONS.assessment);
  await form.getByLabel("Nơi nhận của báo cáo").fill("");
  await form.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(form.getByText("Nhập ít nhất một nơi nhận (mỗi dòng một nơi).")).toBeVisible();
  await expect(form.getByLabel("II. Đánh giá chung")).toHaveValue(SECTIONS.assessment);

  await form.getByLabel("III. Tồn tại, hạn chế").fill(SECTIONS.shortcomings);
  await form.getByLabel("IV. Đề xuất, kiến nghị").fill(SECTIONS.proposals);
  await form.getByLabel("Nơi nhận của báo cáo").fill(RECIPIENTS.join("\n"));
  await form.getByRole("button", { name: "Lưu báo cáo" }).click();
  await expect(form.getByText("Đã lưu báo cáo.", { exact: false })).toBeVisible();
  await page.reload();
  await expect(form.getByLabel("III. Tồn tại, hạn chế")).toHaveValue(SECTIONS.shortcomings);
  await expect(form.getByLabel("Nơi nhận của báo cáo")).toHaveValue(RECIPIENTS.join("\n"));
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/report-sections-1280.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/report-sections-390.png", fullPage: true });

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải báo cáo (DOCX)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Báo cáo kết quả .+\.docx$/);
  const docx = await openDocx(readFileSync(await download.path()));
  const texts = paragraphs(docx.document);
  const order = ["I. KẾT QUẢ THỰC HIỆN", "2. Tổng hợp", "II. ĐÁNH GIÁ CHUNG", SECTIONS.assessment, "III. TỒN TẠI, HẠN CHẾ", SECTIONS.shortcomings, "IV. ĐỀ XUẤT, KIẾN NGHỊ", SECTIONS.proposals];
  const positions = order.map((text) => texts.indexOf(text));
  expect(positions.every((p) => p >= 0), `missing: ${order.filter((_, i) => positions[i]! < 0).join(" | ")}`).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(texts.some((t) => /^1\. Triển khai thực hiện \(từ ngày/.test(t))).toBe(true);
  const recipients = tables(docx.document).at(-1)![0]![0]!.join("\n");
  for (const line of RECIPIENTS) expect(recipients).toContain(line);

  // The print view: the same sections, in the same order, numbered the same way.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("link", { name: "Bản in báo cáo / PDF" }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/report/print$`));
  const paper = page.getByRole("article");
  await expect(paper.getByRole("heading", { name: "BÁO CÁO" })).toBeVisible();
  const printed = await paper.getByRole("heading").allTextContents();
  expect(printed).toEqual(["BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", expect.stringMatching(/^1\. Triển khai thực hiện/), "2. Tổng hợp", "II. ĐÁNH GIÁ CHUNG", "III. TỒN TẠI, HẠN CHẾ", "IV. ĐỀ XUẤT, KIẾN NGHỊ"]);
  await expect(paper.getByText(SECTIONS.proposals)).toBeVisible();
  await expect(paper.getByText("- Bộ Khoa học và Công nghệ (b/c);")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/report-print-1280.png", fullPage: true });
  await page.context().close();
});
