import { pageAs } from "./support/auth";
import { expect, test } from "./support/seed";

const MB = 1024 * 1024;
/** A PDF as the server sniffs it (by its first bytes), padded to a size. */
const pdf = (name: string, bytes: number) => {
  const buffer = Buffer.alloc(bytes, 0x20);
  buffer.write("%PDF-1.4\n% Kehoach e2e\n", 0, "latin1");
  return { name, mimeType: "application/pdf", buffer };
};

test("evidence files: a disguised file is refused with nothing saved, then two large PDFs (13 MB together) are kept whole and download as attachments", async ({ browser, seed }) => {
  test.setTimeout(90_000);
  // The files go to the workshop of a copy of the demo department, not to the one other tests read.
  const dept = await seed.department({ plan2022: true });
  const page = await pageAs(browser, dept.users.vanphong.username, dept.password);
  await page.goto("/my-work");
  await page.getByRole("article", { name: /Tổ chức Hội thảo khoa học/ }).first().getByRole("link", { name: "Chi tiết" }).click();
  const form = page.getByRole("form", { name: "Cập nhật tiến độ" });
  const history = page.getByRole("region", { name: "Lịch sử cập nhật" });
  const files = form.getByLabel("Tệp minh chứng");

  await form.getByLabel("Ghi chú cập nhật").fill("Tài liệu hội thảo");
  await files.setInputFiles([{ name: "ky-yeu.pdf", mimeType: "application/pdf", buffer: Buffer.from("<script>alert(1)</script>") }]);
  await form.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(files).toHaveAccessibleDescription(/“ky-yeu\.pdf” không phải PDF, DOCX, XLSX, JPG hoặc PNG/);
  await expect(form.getByLabel("Ghi chú cập nhật")).toHaveValue("Tài liệu hội thảo");
  await expect(history.getByText("ky-yeu.pdf")).toHaveCount(0);

  // A named file of 0 bytes is refused by its name, not dropped as if no file had been chosen.
  await files.setInputFiles([{ name: "bien-ban-trong.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) }]);
  await form.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(files).toHaveAccessibleDescription(/“bien-ban-trong\.pdf” trống \(0 byte\)/);
  await expect(form.getByLabel("Ghi chú cập nhật")).toHaveValue("Tài liệu hội thảo");
  await expect(history.getByText("bien-ban-trong.pdf")).toHaveCount(0);

  // Together above the 10 MB a proxied body is cut to by default.
  // The third name carries bidi controls (U+2066, U+2069, U+202E): stored and shown without them.
  await files.setInputFiles([pdf("ky-yeu-hoi-thao.pdf", 7 * MB), pdf("danh-sach-dai-bieu.pdf", 6 * MB), pdf("\u2066bao-cao\u2069-\u202Ehoi-thao.pdf", 1024)]);
  await form.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(form.getByText("Đã ghi nhận cập nhật.")).toBeVisible({ timeout: 30_000 });
  const big = history.getByRole("link", { name: "ky-yeu-hoi-thao.pdf" });
  await expect(big).toBeVisible();
  await expect(history.getByRole("link", { name: "danh-sach-dai-bieu.pdf" })).toBeVisible();
  await expect(history.getByRole("link", { name: "bao-cao-hoi-thao.pdf", exact: true })).toBeVisible();

  const response = await page.request.get((await big.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await response.body()).byteLength).toBe(7 * MB);
  await page.context().close();
});
