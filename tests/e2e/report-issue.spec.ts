// Ban hành báo cáo kết quả (issue 16 §7 item 4): the văn thư issues the results report of an issued plan from the
// report page; Kehoach gives it the next number of the year's one register series (…/BC-SKHCN), the page shows the
// number and no longer offers the sections for editing, the DOCX prints "Số: NN/BC-…", and the register lists it.
import { mkdirSync, readFileSync } from "node:fs";
import { formatDate } from "@/lib/dates";
import { createUser } from "@/tests/integration/support/factories";
import { openDocx, paragraphs } from "@/tests/support/docx-xml";
import { plainPdf, signPdf } from "@/tests/support/signed-pdf";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";

test("the văn thư issues the report of an issued plan; the page, the DOCX and the register show its number", async ({ browser, seed }) => {
  test.setTimeout(120_000);
  mkdirSync("test-results", { recursive: true });
  const world = await seed.world();
  const today = seed.today();
  const plan = await seed.issuedPlan(world, [{ content: "Tổ chức hội thảo báo cáo" }]);
  const vanThu = await createUser(world.organization.id, "VAN_THU");

  const page = await pageAs(browser, vanThu.username, world.password);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/plans/${plan.id}/report`);
  const form = page.getByRole("form", { name: "Ban hành báo cáo" });
  await expect(form.getByText(/Kehoach cấp số tiếp theo của sổ đăng ký năm \d{4} \(…\/BC-SKHCN\)/)).toBeVisible();
  await page.screenshot({ path: "test-results/report-issue-before-1280.png", fullPage: true });
  await form.getByRole("button", { name: "Ban hành báo cáo" }).click();
  // The form gives way to the issued report's number and date (the page re-renders from the server).
  const issued = page.getByTestId("report-number");
  await expect(issued).toContainText(new RegExp(`Số \\d{2,}/BC-SKHCN ngày ${formatDate(today).replaceAll("/", "\\/")}`));
  let label = (await issued.locator("strong").textContent())!.replace(/^Số /, "");
  await expect(page.getByRole("form", { name: "Ban hành báo cáo" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("report-number")).toContainText(label);
  await expect(page.getByRole("form", { name: "Ban hành báo cáo" })).toHaveCount(0);

  // Sửa số: the văn thư corrects the report's number to the register's, with a reason; the page shows it at once.
  const correctedNumber = Number(label.split("/")[0]) + 5;
  await page.getByRole("button", { name: "Sửa số báo cáo" }).click();
  const fix = page.getByRole("form", { name: "Sửa số báo cáo" });
  await fix.getByRole("textbox", { name: "Số", exact: true }).fill(String(correctedNumber));
  await fix.getByRole("textbox", { name: "Lý do sửa số" }).fill("Khớp sổ đăng ký e-office");
  await fix.getByRole("button", { name: "Lưu số đã sửa" }).click();
  label = `${String(correctedNumber).padStart(2, "0")}/BC-SKHCN`;
  await expect(page.getByTestId("report-number")).toContainText(`Số ${label}`);
  await page.screenshot({ path: "test-results/report-correct-number-1280.png", fullPage: true });

  // The signed copy of the report: attached on the report page, shown first as "Bản đã ký" with its signature.
  const panel = page.getByRole("region", { name: "Bản đã ký" });
  await expect(panel.getByText("Chưa có bản đã ký.")).toBeVisible();
  const upload = panel.getByRole("form", { name: "Đính kèm bản đã ký" });
  await upload.getByLabel(/Đính kèm bản đã ký/).setInputFiles({ name: "BC-da-ky.pdf", mimeType: "application/pdf", buffer: await signPdf(plainPdf(`Bao cao so ${label}`), undefined, "Ban hành báo cáo") });
  await upload.getByRole("button", { name: "Đính kèm", exact: true }).click();
  await expect(panel.getByRole("link", { name: "BC-da-ky.pdf" })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId("signature").first()).toContainText("Nguyễn Văn Ký");
  await expect(panel.getByTestId("signature").first()).toContainText("✓ Không thay đổi sau khi ký");
  // Its number is now the signed copy's: no more Sửa số.
  await expect(page.getByRole("button", { name: "Sửa số báo cáo" })).toHaveCount(0);
  const first = await page.evaluate(() => document.querySelector("[data-testid=signed-copy]")!.getBoundingClientRect().top < document.querySelector("[data-testid=report-number]")!.getBoundingClientRect().top);
  expect(first).toBe(true);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/report-issue-1280.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/report-issue-390.png", fullPage: true });

  // The DOCX prints the number instead of the blank line.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải báo cáo (DOCX)" }).click();
  const texts = paragraphs((await openDocx(readFileSync(await (await downloading).path()))).document);
  expect(texts).toContain(`Số: ${label}`);
  expect(texts.join("\n")).not.toContain("Số: ......../BC-SKHCN");

  // The author of the plan sees the report as issued: no form to edit the sections any more.
  const author = await pageAs(browser, world.staffA.username, world.password);
  await author.goto(`/plans/${plan.id}/report`);
  await expect(author.getByTestId("report-number")).toContainText(label);
  await expect(author.getByRole("form", { name: "Nội dung báo cáo" })).toHaveCount(0);

  // The plan page's panel shows only the plan's own copies.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByRole("region", { name: "Bản đã ký" }).getByText("Chưa có bản đã ký.")).toBeVisible();

  // The register lists it among the plans, as a report, its signed copy present.
  await page.goto("/register");
  const row = page.getByRole("table", { name: "Sổ đăng ký kế hoạch" }).getByRole("row").filter({ hasText: label });
  await expect(row.getByRole("cell", { name: "Báo cáo", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Có", exact: true })).toBeVisible();
  await expect(row.getByRole("link")).toHaveAttribute("href", `/plans/${plan.id}/report`);
  await page.screenshot({ path: "test-results/report-issue-register-1280.png", fullPage: true });
});
