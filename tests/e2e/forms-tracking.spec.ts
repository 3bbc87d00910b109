// Issue 12: a saved form shows what was saved, and a second save never sends
// stale values. The activity page's form and the quick update on /my-work
// save a status change, then save again with only a note; the controls and
// the history ("Lịch sử cập nhật") must show exactly what was saved.
import type { Locator, Page } from "@playwright/test";
import { pageAs } from "./support/auth";
import { expect, test } from "./support/seed";
import { formatDate } from "@/lib/dates";

const dmy = (date: string) => date.split("-").reverse().join("/");

/** The label of the status the select shows. */
const shownStatus = (form: Locator) => form.getByLabel("Trạng thái").locator("option:checked");

/** The status changes listed in the history, newest first. */
const transitions = (page: Page) => page.getByRole("region", { name: "Lịch sử cập nhật" }).locator("p").filter({ hasText: /^Trạng thái:/ });

/** Saves and waits for the form's answer, which must be this message. */
async function save(form: Locator, message: string) {
  const answered = form.page().waitForResponse((response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]));
  await form.getByRole("button", { name: "Lưu cập nhật" }).click();
  await answered;
  await expect(form.getByRole("status").or(form.getByRole("alert")).first()).toHaveText(message);
}

/** A save with only a note: it is recorded as an update and changes nothing else. */
async function saveNote(form: Locator, note: string) {
  await form.getByLabel("Ghi chú cập nhật").fill(note);
  await save(form, "Đã ghi nhận cập nhật.");
}

test("the activity form shows the saved status, progress, dates and result after each save; a second save only adds its note", async ({ browser, seed }) => {
  const world = await seed.world();
  const today = seed.today();
  const plan = await seed.issuedPlan(world, [{ content: "Tổ chức tọa đàm đổi mới sáng tạo" }]);
  const page = await pageAs(browser, world.staffA.username, world.password);
  await page.goto(`/activities/${plan.activity("Tổ chức tọa đàm đổi mới sáng tạo").id}`);
  const form = page.getByRole("form", { name: "Cập nhật tiến độ" });
  const progress = form.getByRole("spinbutton", { name: "Tiến độ (%)" });

  // Started, 40 %, with its actual start day.
  await form.getByLabel("Trạng thái").selectOption({ label: "Đang thực hiện" });
  await progress.fill("40");
  await form.getByLabel("Ngày bắt đầu thực tế").fill(today);
  await form.getByLabel("Ghi chú cập nhật").fill("Đã gửi giấy mời.");
  await save(form, "Đã cập nhật tiến độ (40%).");
  await expect(shownStatus(form)).toHaveText("Đang thực hiện");
  await expect(progress).toHaveValue("40");
  await expect(form.getByLabel("Ngày bắt đầu thực tế")).toHaveValue(formatDate(today));
  await expect(form.getByLabel("Ghi chú cập nhật")).toHaveValue("");

  // Done, with a result and the day it ended.
  await form.getByLabel("Trạng thái").selectOption({ label: "Hoàn thành" });
  await form.getByLabel("Kết quả (Kết quả thực hiện)").fill("Tọa đàm có 60 đại biểu dự.");
  await form.getByLabel("Ngày kết thúc thực tế").fill(today);
  await save(form, "Đã ghi nhận: hoạt động hoàn thành.");
  await expect(shownStatus(form)).toHaveText("Hoàn thành");
  await expect(progress).toHaveValue("100");
  await expect(form.getByLabel("Kết quả (Kết quả thực hiện)")).toHaveValue("Tọa đàm có 60 đại biểu dự.");
  await expect(form.getByLabel("Ngày bắt đầu thực tế")).toHaveValue(formatDate(today));
  await expect(form.getByLabel("Ngày kết thúc thực tế")).toHaveValue(formatDate(today));

  // A second save with only a note changes nothing else.
  await saveNote(form, "Đã đăng tin trên trang của Sở.");
  await expect(shownStatus(form)).toHaveText("Hoàn thành");
  await expect(progress).toHaveValue("100");
  await expect(form.getByLabel("Kết quả (Kết quả thực hiện)")).toHaveValue("Tọa đàm có 60 đại biểu dự.");
  await expect(form.getByLabel("Ngày kết thúc thực tế")).toHaveValue(formatDate(today));

  await expect(transitions(page)).toHaveText(["Trạng thái: Đang thực hiện → Hoàn thành", "Trạng thái: Chưa bắt đầu → Đang thực hiện"]);
  const history = page.getByRole("region", { name: "Lịch sử cập nhật" });
  await expect(history.getByText("Đã đăng tin trên trang của Sở.")).toBeVisible();
  const info = page.getByRole("region", { name: "Thông tin hoạt động" });
  await expect(info.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expect(info).toContainText(dmy(today));

  // A comment is a new message each time: the box is empty once it is sent.
  const comment = page.getByRole("form", { name: "Gửi trao đổi" });
  await comment.getByLabel("Nội dung trao đổi").fill("Đề nghị Văn phòng đăng tin.");
  const sent = page.waitForResponse((response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]));
  await comment.getByRole("button", { name: "Gửi" }).click();
  await sent;
  await expect(comment.getByRole("status")).toHaveText("Đã gửi trao đổi.");
  await expect(comment.getByLabel("Nội dung trao đổi")).toHaveValue("");
  await expect(page.getByRole("region", { name: "Trao đổi" }).getByText("Đề nghị Văn phòng đăng tin.")).toBeVisible();

  // What a reload shows is what the form showed.
  await page.reload();
  await expect(shownStatus(form)).toHaveText("Hoàn thành");
  await expect(form.getByLabel("Kết quả (Kết quả thực hiện)")).toHaveValue("Tọa đàm có 60 đại biểu dự.");
  await page.context().close();
});

test("from Vướng mắc: the stored reason is shown and kept, and every save after a change of status is accepted", async ({ browser, seed }) => {
  const world = await seed.world();
  const plan = await seed.issuedPlan(world, [
    {
      content: "Xây dựng mô hình ứng dụng",
      updates: [{ at: new Date(Date.now() - 86_400_000).toISOString(), by: world.staffA.id, status: "BLOCKED", statusReason: "Chưa có kinh phí", progress: 30 }],
    },
  ]);
  const page = await pageAs(browser, world.staffA.username, world.password);
  await page.goto(`/activities/${plan.activity("Xây dựng mô hình ứng dụng").id}`);
  const form = page.getByRole("form", { name: "Cập nhật tiến độ" });
  const reason = form.getByRole("textbox", { name: "Vướng mắc" });
  await expect(shownStatus(form)).toHaveText("Vướng mắc");

  // A note while blocked: accepted, still blocked for the same reason.
  await saveNote(form, "Đã đề nghị Sở Tài chính bổ sung kinh phí.");
  await expect(shownStatus(form)).toHaveText("Vướng mắc");
  await expect(reason).toHaveValue("Chưa có kinh phí");

  // Unblocked: the form shows it, and a note afterwards keeps it so.
  await form.getByLabel("Trạng thái").selectOption({ label: "Đang thực hiện" });
  await form.getByRole("spinbutton", { name: "Tiến độ (%)" }).fill("50");
  await save(form, "Đã cập nhật tiến độ (50%).");
  await expect(shownStatus(form)).toHaveText("Đang thực hiện");
  await expect(form.getByRole("spinbutton", { name: "Tiến độ (%)" })).toHaveValue("50");
  await expect(reason).toHaveCount(0);
  await saveNote(form, "Đã nhận kinh phí đợt 1.");
  await expect(shownStatus(form)).toHaveText("Đang thực hiện");

  // Blocked again with a new reason; a note afterwards keeps status and reason.
  await form.getByLabel("Trạng thái").selectOption({ label: "Vướng mắc" });
  await reason.fill("Chờ ý kiến thẩm định");
  await save(form, "Đã cập nhật tiến độ (50%).");
  await expect(shownStatus(form)).toHaveText("Vướng mắc");
  await expect(reason).toHaveValue("Chờ ý kiến thẩm định");
  await saveNote(form, "Đã gửi hồ sơ thẩm định.");
  await expect(shownStatus(form)).toHaveText("Vướng mắc");
  await expect(reason).toHaveValue("Chờ ý kiến thẩm định");

  await expect(transitions(page)).toHaveText([
    "Trạng thái: Đang thực hiện → Vướng mắc (Chờ ý kiến thẩm định)",
    "Trạng thái: Vướng mắc → Đang thực hiện",
    "Trạng thái: Chưa bắt đầu → Vướng mắc (Chưa có kinh phí)",
  ]);
  await page.context().close();
});

test("the quick update on /my-work, on a phone: each save shows the saved status and progress, and a note-only save keeps them", async ({ browser, seed }) => {
  const world = await seed.world();
  const today = seed.today();
  const plan = await seed.issuedPlan(world, [{ content: "Tuyên truyền trên Đài Phát thanh", end: today }]);
  const activity = plan.activity("Tuyên truyền trên Đài Phát thanh");
  const page = await pageAs(browser, world.staffA.username, world.password, { viewport: { width: 390, height: 844 } });
  await page.goto("/my-work");
  const row = page.getByRole("article", { name: /Tuyên truyền trên Đài Phát thanh/ });
  await row.getByRole("button", { name: "Cập nhật nhanh" }).click();
  const form = row.getByRole("form", { name: "Cập nhật tiến độ" });
  const progress = form.getByRole("spinbutton", { name: "Tiến độ (%)" });

  await form.getByLabel("Trạng thái").selectOption({ label: "Đang thực hiện" });
  await progress.fill("30");
  await save(form, "Đã cập nhật tiến độ (30%).");
  await expect(shownStatus(form)).toHaveText("Đang thực hiện");
  await expect(progress).toHaveValue("30");
  await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "30");

  await saveNote(form, "Đã phát 2 bản tin.");
  await expect(shownStatus(form)).toHaveText("Đang thực hiện");
  await expect(progress).toHaveValue("30");

  await form.getByLabel("Trạng thái").selectOption({ label: "Vướng mắc" });
  await form.getByRole("textbox", { name: "Vướng mắc" }).fill("Đài chưa xếp lịch phát sóng");
  await save(form, "Đã cập nhật tiến độ (30%).");
  await expect(shownStatus(form)).toHaveText("Vướng mắc");
  await expect(form.getByRole("textbox", { name: "Vướng mắc" })).toHaveValue("Đài chưa xếp lịch phát sóng");
  await saveNote(form, "Đã gọi điện cho Đài.");
  await expect(shownStatus(form)).toHaveText("Vướng mắc");

  // Done from the quick form: it asks for the result it needs, then completes.
  await form.getByLabel("Trạng thái").selectOption({ label: "Hoàn thành" });
  await form.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(form.getByText("Nên ghi kết quả thực hiện.")).toBeVisible();
  await form.getByLabel("Kết quả (Kết quả thực hiện)").fill("Đã phát 6 bản tin.");
  await save(form, "Đã ghi nhận: hoạt động hoàn thành.");
  await expect(shownStatus(form)).toHaveText("Hoàn thành");
  await expect(progress).toHaveValue("100");
  await saveNote(form, "Lưu băng hình tại Văn phòng.");
  await expect(shownStatus(form)).toHaveText("Hoàn thành");

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.goto(`/activities/${activity.id}`);
  await expect(transitions(page)).toHaveText([
    "Trạng thái: Vướng mắc → Hoàn thành",
    "Trạng thái: Đang thực hiện → Vướng mắc (Đài chưa xếp lịch phát sóng)",
    "Trạng thái: Chưa bắt đầu → Đang thực hiện",
  ]);
  await page.context().close();
});
