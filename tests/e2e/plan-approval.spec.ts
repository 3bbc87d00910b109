import type { Page } from "@playwright/test";
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";

const SOURCE = "2022 · 12/KH-SKHCN · Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022";

async function workflow(page: Page, action: string, submit: string, comment?: { label: string; text: string }, confirmWarnings = false) {
  const panel = page.getByRole("region", { name: /^Trình duyệt/ });
  await panel.getByRole("button", { name: action, exact: true }).click();
  const form = page.getByRole("form", { name: action });
  if (comment) await form.getByLabel(comment.label).fill(comment.text);
  // The clone of 2022 still carries its dates in some texts: the checklist warns, the drafter confirms (issue 15 §6).
  if (confirmWarnings) await form.getByRole("checkbox", { name: /Tôi đã xem các cảnh báo/ }).check();
  await form.getByRole("button", { name: submit, exact: true }).click();
}

test("qlcn clones 2022 to 2027, is returned, fixes and resubmits; lanhdao approves and issues", async ({ browser, seed }) => {
  test.setTimeout(120_000);
  // A copy of the demo department: the clone, its issue number and the notifications are its own.
  const dept = await seed.department({ plan2022: true });
  const staff = await pageAs(browser, dept.users.qlcn.username, dept.password);

  // Clone with a preview of the shifted dates.
  await staff.goto("/plans");
  await staff.getByRole("link", { name: "Tạo kế hoạch" }).click();
  await expect(staff).toHaveURL(/\/plans\/new$/);
  await staff.getByLabel("Kế hoạch nguồn", { exact: true }).selectOption({ label: SOURCE });
  await staff.getByLabel("Ngày sự kiện mới", { exact: true }).fill("2027-05-18");
  await staff.getByRole("button", { name: "Xem trước" }).click();
  const preview = staff.getByRole("table", { name: "Thời gian trước và sau khi dời" });
  await expect(preview.getByRole("row", { name: /2\.1\. Hoạt động chào mừng/ })).toContainText("03–14/5/2027");
  await expect(preview.getByRole("row", { name: /2\.2\. Tuần lễ trọng tâm/ })).toContainText("14–19/5/2027");
  await expect(staff.getByLabel("Trích yếu của kế hoạch mới")).toHaveValue("Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2027");
  await expectAccessible(staff);
  await staff.getByRole("button", { name: "Tạo dự thảo kế hoạch" }).click();
  await expect(staff).toHaveURL(/\/plans\/[0-9a-f-]{36}\/edit$/);
  const planUrl = staff.url().replace(/\/edit$/, "");
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("năm 2027");

  // Edit an activity's supporting units.
  const first = staff.getByRole("region", { name: /2\.1\. Hoạt động chào mừng/ }).getByRole("article", { name: "Hoạt động 1" });
  await first.getByRole("button", { name: "Sửa" }).click();
  const form = staff.getByRole("form", { name: "Sửa hoạt động 1" });
  await form.getByRole("checkbox", { name: "Báo Lạng Sơn" }).check();
  await expect(form.getByRole("checkbox", { name: /Phòng Quản lý công nghệ và đổi mới sáng tạo/ })).toBeDisabled();
  await form.getByRole("button", { name: "Lưu hoạt động" }).click();
  await expect(first).toContainText("Phối hợpBáo Lạng Sơn; Các phòng chuyên môn, đơn vị trực thuộc Sở");
  await expectAccessible(staff);
  await workflow(staff, "Trình duyệt", "Trình duyệt", undefined, true);
  await expect(staff.getByText("Đã trình kế hoạch.")).toBeVisible();

  // The leader returns it with a comment.
  const leader = await pageAs(browser, dept.users.lanhdao.username, dept.password);
  await leader.goto(planUrl);
  await workflow(leader, "Trả lại", "Trả lại kế hoạch", { label: "Ý kiến trả lại", text: "Đề nghị bổ sung Đài PT&TH tỉnh phối hợp hoạt động 1." });
  await expect(leader.getByText("Đã trả lại kế hoạch kèm ý kiến.")).toBeVisible();

  // The drafter sees the comment, fixes and resubmits.
  await staff.goto(planUrl);
  await expect(staff.getByRole("status").filter({ hasText: "Lãnh đạo Sở đã trả lại kế hoạch để sửa" })).toContainText("Đề nghị bổ sung Đài PT&TH tỉnh");
  await staff.getByRole("link", { name: "Soạn / sửa kế hoạch" }).click();
  const fixed = staff.getByRole("region", { name: /2\.1\. Hoạt động chào mừng/ }).getByRole("article", { name: "Hoạt động 1" });
  await fixed.getByRole("button", { name: "Sửa" }).click();
  await staff.getByRole("form", { name: "Sửa hoạt động 1" }).getByRole("checkbox", { name: "Đài Phát thanh và Truyền hình tỉnh" }).check();
  await staff.getByRole("form", { name: "Sửa hoạt động 1" }).getByRole("button", { name: "Lưu hoạt động" }).click();
  await expect(fixed).toContainText("Đài Phát thanh và Truyền hình tỉnh");
  await workflow(staff, "Trình duyệt", "Trình duyệt", undefined, true);
  await expect(staff.getByText("Đã trình kế hoạch.")).toBeVisible();

  // The leader approves and issues.
  await leader.reload();
  await workflow(leader, "Phê duyệt", "Phê duyệt");
  await expect(leader.getByText("Đã phê duyệt kế hoạch.")).toBeVisible();
  await workflow(leader, "Ban hành", "Xác nhận ban hành");
  const issued = leader.getByText(/Đã ban hành kế hoạch, số \d{2,}\/KH-SKHCN\./);
  await expect(issued).toBeVisible();
  const number = (await issued.textContent())!.match(/(\d{2,}\/KH-SKHCN)/)![1]!;
  await expect(leader.getByText(`Số: ${number}`)).toBeVisible();
  await expect(leader.getByRole("link", { name: "Soạn / sửa kế hoạch" })).toHaveCount(0);
  await expect(leader.getByRole("region", { name: "Trình duyệt và ban hành" })).toContainText("Phê duyệt");
  await expectAccessible(leader);

  // Locked: the editor refuses, and the drafter has been told.
  await staff.goto(`${planUrl}/edit`);
  await expect(staff.getByRole("heading", { name: "Kế hoạch này không sửa được lúc này" })).toBeVisible();
  await expect(staff.getByRole("link", { name: /Thông báo: \d+ chưa đọc/ })).toBeVisible();
  await staff.getByRole("link", { name: /Thông báo/ }).click();
  await expect(staff.getByRole("link", { name: new RegExp(`Đã ban hành Kế hoạch số ${number}`) })).toBeVisible();
  await expect(staff.getByText(/Đơn vị của bạn chủ trì \d+ hoạt động/).first()).toBeVisible();
  await expectAccessible(staff);

  // The history reads as sentences.
  await leader.goto(`${planUrl}/history`);
  await expect(leader.getByText(/đổi đơn vị phối hợp hoạt động 1 \(mục 2\.1\)/).first()).toBeVisible();
  await expect(leader.getByText(`ban hành kế hoạch, số ${number}`, { exact: false })).toBeVisible();
  await staff.context().close();
  await leader.context().close();
});
