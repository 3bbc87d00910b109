// The signed copy on the plan page: a leader attaches a PDF signed in the test
// with a self-signed certificate; the page shows "Bản đã ký" first, with the
// signer, the time of signing and "không thay đổi"; a scan says it has no
// digital signature; a tampered copy attached next shows the warning, and the
// earlier ones move to the collapsed list.
import { pageAs } from "./support/auth";
import { expect, test } from "./support/seed";
import { formatDateTime } from "@/lib/dates";
import { readPdfSignatures } from "@/lib/documents/pdf-signatures";
import { plainPdf, signPdf, tamper } from "@/tests/support/signed-pdf";

test("a leader attaches the signed PDF of an issued plan: signer, time and integrity shown first; a tampered copy is flagged", async ({ browser, seed }, testInfo) => {
  test.setTimeout(90_000);
  const world = await seed.world();
  const plan = await seed.issuedPlan(world, [{ content: "Hội thảo khoa học" }]);
  const signed = await signPdf(plainPdf());
  const signedAt = formatDateTime(new Date(readPdfSignatures(signed).signatures[0]!.signedAt!));

  // Staff of a unit see no attach form.
  const staff = await pageAs(browser, world.staffA.username, world.password);
  await staff.goto(`/plans/${plan.id}`);
  await expect(staff.getByRole("heading", { name: /KẾ HOẠCH|Kế hoạch/ }).first()).toBeVisible();
  await expect(staff.getByRole("form", { name: "Đính kèm bản đã ký" })).toHaveCount(0);
  await staff.context().close();

  const page = await pageAs(browser, world.leader.username, world.password);
  await page.goto(`/plans/${plan.id}`);
  const panel = page.getByRole("region", { name: "Bản đã ký" });
  await expect(panel.getByText("Chưa có bản đã ký.")).toBeVisible();
  const form = panel.getByRole("form", { name: "Đính kèm bản đã ký" });

  // A zip renamed .pdf is refused by its content, nothing attached.
  await form.getByLabel(/Đính kèm bản đã ký/).setInputFiles({ name: "ke-hoach.pdf", mimeType: "application/pdf", buffer: Buffer.from("PK\u0003\u0004word/document.xml") });
  await form.getByRole("button", { name: "Đính kèm", exact: true }).click();
  await expect(form.getByLabel(/Đính kèm bản đã ký/)).toHaveAccessibleDescription(/“ke-hoach\.pdf” không phải PDF/);
  await expect(panel.getByText("Chưa có bản đã ký.")).toBeVisible();

  // A scan: a PDF without digital signatures.
  await form.getByLabel(/Đính kèm bản đã ký/).setInputFiles({ name: "KH-01-ban-quet.pdf", mimeType: "application/pdf", buffer: plainPdf() });
  await form.getByRole("button", { name: "Đính kèm", exact: true }).click();
  await expect(panel.getByRole("link", { name: "KH-01-ban-quet.pdf" })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText("Bản quét, không có chữ ký số.")).toBeVisible();

  await form.getByLabel(/Đính kèm bản đã ký/).setInputFiles({ name: "KH-01-da-ky.pdf", mimeType: "application/pdf", buffer: signed });
  await form.getByRole("button", { name: "Đính kèm", exact: true }).click();
  await expect(panel.getByRole("link", { name: "KH-01-da-ky.pdf" })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText("Đã đính kèm bản đã ký.")).toBeVisible();
  const signature = panel.getByTestId("signature").first();
  await expect(signature).toContainText("Nguyễn Văn Ký");
  await expect(signature).toContainText("Sở KH&CN Lạng Sơn");
  await expect(signature).toContainText(signedAt);
  await expect(signature).toContainText("✓ Không thay đổi sau khi ký");
  await expect(panel.getByText("Chữ ký hợp lệ về mặt toàn vẹn; chưa kiểm tra chuỗi chứng thư.")).toBeVisible();

  // "Bản đã ký" comes before everything else about the plan: the workflow, the budget, the document.
  const order = await page.evaluate(() => {
    const panelTop = document.querySelector("[data-testid=signed-copy]")!.getBoundingClientRect().top;
    const progress = document.querySelector("[data-testid=plan-progress]")!.getBoundingClientRect().top;
    return panelTop < progress;
  });
  expect(order).toBe(true);

  await page.setViewportSize({ width: 1280, height: 900 });
  await panel.screenshot({ path: testInfo.outputPath("signed-copy-1280.png") });

  // The download is the file itself.
  const response = await page.request.get((await panel.getByRole("link", { name: "KH-01-da-ky.pdf" }).getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.from(await response.body()).equals(signed)).toBe(true);

  // A copy changed after signing: the newest copy shows the warning; the first one is kept, collapsed.
  await form.getByLabel(/Đính kèm bản đã ký khác/).setInputFiles({ name: "KH-01-sua.pdf", mimeType: "application/pdf", buffer: tamper(signed) });
  await form.getByRole("button", { name: "Đính kèm", exact: true }).click();
  await expect(panel.getByRole("link", { name: "KH-01-sua.pdf" })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId("signature").first()).toContainText("✗ Tài liệu đã bị thay đổi sau khi ký");
  const earlier = panel.getByText("Các bản đã ký trước (2)");
  await expect(earlier).toBeVisible();
  await expect(panel.getByRole("link", { name: "KH-01-da-ky.pdf" })).toBeHidden();
  await earlier.click();
  await expect(panel.getByRole("link", { name: "KH-01-da-ky.pdf" })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 900 });
  await panel.screenshot({ path: testInfo.outputPath("signed-copy-390.png") });
  await page.context().close();
});
