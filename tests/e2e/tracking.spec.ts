import { pageAs, plan2022Link } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";
import { openFromMenu } from "./support/menu";

const PLAN_2022 = "12/KH-SKHCN · Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022";
const ACTIVITY = /Giới thiệu các thành tựu KH&CN trên thông tin của Sở/;

test("qlcn reports progress and completion; trungtam adds evidence without a status control; lanhdao sees it on the plan", async ({ browser, seed }) => {
  test.setTimeout(120_000);
  // A copy of the demo department: the 2022 plan it reports on is its own, not the one other tests read.
  const dept = await seed.department({ plan2022: true });
  const staff = await pageAs(browser, dept.users.qlcn.username, dept.password);
  await openFromMenu(staff, "Việc của đơn vị", /\/my-work$/);
  await expect(staff.getByRole("heading", { name: "Việc của đơn vị" })).toBeVisible();
  await staff.getByLabel("Kế hoạch", { exact: true }).selectOption({ label: PLAN_2022 });
  await staff.getByRole("button", { name: "Lọc" }).click();
  await expect(staff.getByRole("heading", { name: /Quá hạn/ })).toBeVisible();
  await expectAccessible(staff);

  // Quick update from the list.
  const row = staff.getByRole("article", { name: /Tiếp tục tuyên truyền, phổ biến thông tin/ });
  await row.getByRole("button", { name: "Cập nhật nhanh" }).click();
  await row.getByRole("spinbutton", { name: "Tiến độ (%)" }).fill("80");
  await row.getByLabel("Ghi chú cập nhật").fill("Đã có 35 bài dự thi từ các trường.");
  await row.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(row.getByText("Đã cập nhật tiến độ (80%).")).toBeVisible();
  await expect(row.getByRole("progressbar").first()).toHaveAttribute("aria-valuenow", "80");

  // The activity page: in progress with a figure and a link, then done with a result.
  await staff.getByRole("article", { name: ACTIVITY }).getByRole("link", { name: "Chi tiết" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(ACTIVITY);
  const activityUrl = staff.url();
  const form = staff.getByRole("form", { name: "Cập nhật tiến độ" });
  await form.getByLabel("Trạng thái").selectOption({ label: "Đang thực hiện" });
  await form.getByRole("spinbutton", { name: "Tiến độ (%)" }).fill("70");
  await form.getByRole("button", { name: "+ Thêm số liệu" }).click();
  await form.getByLabel("Tên số liệu 1").fill("Số tin bài");
  await form.getByLabel("Giá trị 1").fill("12");
  await form.getByRole("button", { name: "+ Thêm đường dẫn" }).click();
  await form.getByLabel("Đường dẫn 1").fill("https://skhcn.langson.gov.vn/tin-tuc/thanh-tuu-khcn-2022");
  await form.getByLabel("Tiêu đề 1").fill("Thành tựu KH&CN tiêu biểu năm 2022");
  await form.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(form.getByText("Đã cập nhật tiến độ (70%).")).toBeVisible();
  const timeline = staff.getByRole("region", { name: "Lịch sử cập nhật" });
  await expect(timeline.getByText("Số tin bài: 12")).toBeVisible();
  await expect(timeline.getByRole("link", { name: "Thành tựu KH&CN tiêu biểu năm 2022" })).toHaveAttribute("href", "https://skhcn.langson.gov.vn/tin-tuc/thanh-tuu-khcn-2022");

  await form.getByLabel("Trạng thái").selectOption({ label: "Hoàn thành" });
  await form.getByLabel("Kết quả (Kết quả thực hiện)").fill("Đã giới thiệu 8 thành tựu KH&CN tiêu biểu trên Trang thông tin điện tử của Sở.");
  await form.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(form.getByText("Đã ghi nhận: hoạt động hoàn thành.")).toBeVisible();
  await expect(staff.getByRole("region", { name: "Thông tin hoạt động" }).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expectAccessible(staff);

  // A supporter adds evidence but has no status control.
  const supporter = await pageAs(browser, dept.users.trungtam.username, dept.password);
  await supporter.goto(activityUrl);
  const supportForm = supporter.getByRole("form", { name: "Cập nhật tiến độ" });
  await expect(supportForm.getByLabel("Trạng thái")).toHaveCount(0);
  await expect(supportForm.getByText("Đơn vị phối hợp ghi chú, số liệu và minh chứng")).toBeVisible();
  await supportForm.getByRole("button", { name: "+ Thêm đường dẫn" }).click();
  await supportForm.getByLabel("Đường dẫn 1").fill("https://skhcn.langson.gov.vn/tin-tuc/phong-thi-nghiem");
  await supportForm.getByLabel("Tiêu đề 1").fill("Giới thiệu phòng thí nghiệm của Trung tâm");
  await supportForm.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(supportForm.getByText("Đã ghi nhận cập nhật.")).toBeVisible();
  await expect(supporter.getByRole("link", { name: "Giới thiệu phòng thí nghiệm của Trung tâm" })).toBeVisible();
  await expectAccessible(supporter);

  // The leader sees the new status and progress on the plan page.
  const leader = await pageAs(browser, dept.users.lanhdao.username, dept.password);
  await leader.goto("/plans?year=2022");
  await plan2022Link(leader).click();
  const week = leader.getByRole("table", { name: /2\.2\. Tuần lễ trọng tâm/ });
  const doneRow = week.getByRole("row", { name: ACTIVITY });
  await expect(doneRow).toContainText("Hoàn thành");
  await expect(doneRow.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  const before = leader.getByRole("table", { name: /2\.1\. Hoạt động chào mừng/ });
  await expect(before.getByRole("row", { name: /Tiếp tục tuyên truyền/ }).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "80");
  for (const page of [staff, supporter, leader]) await page.context().close();
});

test("a phone-sized screen can run the follow-up", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill("vanphong");
  await page.getByLabel("Mật khẩu").fill("demo1234");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await openFromMenu(page, "Việc của đơn vị", /\/my-work$/);
  const item = page.getByRole("article", { name: /Tổ chức Hội thảo khoa học/ }).first();
  await expect(item).toBeVisible();
  // Nothing wider than the screen: no sideways scrolling for the list.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await context.close();
});
