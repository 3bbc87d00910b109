// The register (issue 16 §1, §2, §5): an admin makes the external register (e-office) the numbering source on
// the Cơ quan page; the văn thư issues an approved plan with the number and date from the register, a number
// already used is refused with its message and nothing typed is lost; the register page lists the plan by
// number with the gap flagged, on a desk and on a phone, and downloads as Excel ready to print.
import { mkdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { formatDate, shiftDate, yearOf } from "@/lib/dates";
import { createPlan, createUser } from "@/tests/integration/support/factories";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { menuLink } from "./support/menu";
import { expect, test } from "./support/seed";

test("the văn thư issues with the register's number and date; a taken number is refused; the register lists it", async ({ browser, seed }) => {
  test.setTimeout(150_000);
  mkdirSync("test-results", { recursive: true });
  const world = await seed.world();
  const today = seed.today();
  const year = yearOf(today);
  const vanThu = await createUser(world.organization.id, "VAN_THU");
  const title = `Kế hoạch hội nghị sổ đăng ký e2e ${world.organization.id.slice(0, 8)}`;
  await createPlan(world.organization.id, { status: "ISSUED", number: 2, issueDate: today, symbol: "KH-SKHCN", year, title: "Kế hoạch đã giữ số 02", signerTitle: "GIÁM ĐỐC" });
  const plan = await createPlan(world.organization.id, {
    status: "APPROVED",
    year,
    title,
    createdById: world.staffA.id,
    draftingUnitId: world.unitA.id,
    signerTitle: "PHÓ GIÁM ĐỐC",
    signerName: "Nguyễn Văn Bình",
    phases: [{ title: "Triển khai", start: shiftDate(today, -5), end: shiftDate(today, 20), activities: [{ content: "Hội nghị e2e", lead: world.unitA.id }] }],
  });

  // The admin: Cơ quan → "Sổ đăng ký ngoài (e-office)".
  const admin = await pageAs(browser, world.admin.username, world.password);
  await admin.setViewportSize({ width: 1280, height: 900 });
  await admin.goto("/settings");
  await admin.getByRole("radio", { name: /Sổ đăng ký ngoài \(e-office\)/ }).check();
  await admin.getByRole("button", { name: "Lưu thông tin cơ quan" }).click();
  await expect(admin.getByText("Đã lưu thông tin cơ quan")).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole("radio", { name: /Sổ đăng ký ngoài \(e-office\)/ })).toBeChecked();
  await admin.screenshot({ path: "test-results/register-settings-1280.png", fullPage: true });

  // The văn thư: the register's number and date; the suggestion is the next free number (03), not imposed.
  const clerk = await pageAs(browser, vanThu.username, world.password);
  await clerk.setViewportSize({ width: 1280, height: 900 });
  await clerk.goto(`/plans/${plan.id}`);
  await clerk.getByRole("button", { name: "Ban hành", exact: true }).click();
  const dialog = clerk.getByRole("form", { name: "Ban hành" });
  const number = dialog.getByLabel(/^Số/);
  await expect(number).toHaveValue("3");
  await expect(dialog.getByLabel("Ngày ban hành")).toHaveValue(formatDate(today));
  await number.fill("2");
  await dialog.getByLabel("Ngày ban hành").fill(formatDate(today));
  await dialog.getByRole("button", { name: "Xác nhận ban hành" }).click();
  await expect(dialog.getByText(/Số 02\/KH-SKHCN năm \d{4} đã được dùng cho “Kế hoạch đã giữ số 02”/)).toBeVisible();
  await expect(number).toHaveValue("2");
  await expect(clerk.getByRole("button", { name: "Ban hành", exact: true })).toBeVisible();
  await clerk.screenshot({ path: "test-results/register-issue-taken-1280.png", fullPage: true });

  await number.fill("5");
  await dialog.getByRole("button", { name: "Xác nhận ban hành" }).click();
  await expect(clerk).toHaveURL(new RegExp(`/plans/${plan.id}\\?done=issue`));
  await expect(clerk.getByText("05/KH-SKHCN").first()).toBeVisible();

  // Sửa số: the văn thư corrects the number with a reason; a taken number is refused the same way.
  await clerk.getByRole("button", { name: "Sửa số", exact: true }).click();
  const correct = clerk.getByRole("form", { name: "Sửa số kế hoạch" });
  await correct.getByLabel(/^Số/).first().fill("2");
  await correct.getByLabel("Lý do sửa số").fill("Khớp sổ đăng ký");
  await correct.getByRole("button", { name: "Lưu số đã sửa" }).click();
  await expect(correct.getByText(/đã được dùng cho “Kế hoạch đã giữ số 02”/)).toBeVisible();
  await correct.getByLabel(/^Số/).first().fill("6");
  await correct.getByRole("button", { name: "Lưu số đã sửa" }).click();
  await expect(correct.getByText("Đã sửa số kế hoạch thành 06/KH-SKHCN.")).toBeVisible();
  await expect(correct.getByLabel(/^Số/).first()).toHaveValue("6");
  await clerk.screenshot({ path: "test-results/register-correct-1280.png", fullPage: true });
  await correct.getByLabel(/^Số/).first().fill("5");
  await correct.getByLabel("Lý do sửa số").fill("Trả lại số đúng theo sổ");
  await correct.getByRole("button", { name: "Lưu số đã sửa" }).click();
  await expect(correct.getByText("Đã sửa số kế hoạch thành 05/KH-SKHCN.")).toBeVisible();

  // The register: by number, 01, 03–04 missing, the new plan linked with its date and signer.
  await menuLink(clerk, "Sổ đăng ký").click();
  await expect(clerk.getByRole("heading", { level: 1, name: "Sổ đăng ký kế hoạch" })).toBeVisible();
  const table = clerk.getByRole("table", { name: "Sổ đăng ký kế hoạch" });
  const row = table.getByRole("row").filter({ hasText: "05/KH-SKHCN" });
  await expect(row.getByRole("link", { name: title })).toBeVisible();
  await expect(row.getByText(formatDate(today))).toBeVisible();
  await expect(row.getByText("PHÓ GIÁM ĐỐC Nguyễn Văn Bình")).toBeVisible();
  await expect(table.getByText("Thiếu số 01", { exact: true })).toBeVisible();
  await expect(table.getByText("Thiếu số 03–04")).toBeVisible();
  await expectAccessible(clerk);
  await clerk.screenshot({ path: "test-results/register-1280.png", fullPage: true });

  const download = clerk.waitForEvent("download");
  await clerk.getByRole("link", { name: "Tải Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Sổ đăng ký kế hoạch năm ${year}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:3" });
  expect(sheet.getCell("A7").value).toBe("05/KH-SKHCN");

  // On a phone: a card per plan, the gaps flagged.
  await clerk.setViewportSize({ width: 390, height: 844 });
  const cards = clerk.getByRole("list", { name: "Sổ đăng ký kế hoạch" });
  await expect(cards.getByRole("link", { name: title })).toBeVisible();
  await expect(cards.getByText("Thiếu số 03–04")).toBeVisible();
  await clerk.screenshot({ path: "test-results/register-390.png", fullPage: true });

  // Staff have no register: no menu entry, and the page refuses.
  const staff = await pageAs(browser, world.staffA.username, world.password);
  await expect(menuLink(staff, "Sổ đăng ký")).toHaveCount(0);
  const refused = await staff.goto("/register");
  expect(refused?.status()).toBe(403);
});
