// Issue 12, every other form: save, the form shows the stored values (trimmed,
// normalised), save again changing one thing, nothing else reverts. Create
// forms start empty again; password fields clear. Each test seeds its own
// organisation, so it changes nothing another test reads.
import type { Locator, Page } from "@playwright/test";
import { pageAs } from "./support/auth";
import { e2eDb, expect, test } from "./support/seed";
import { formatDate } from "@/lib/dates";

/** Submits with this button and waits for the answer, which must be this message. */
async function save(scope: Locator, button: string, message: string | RegExp) {
  const answered = scope.page().waitForResponse((response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]));
  await scope.getByRole("button", { name: button, exact: true }).click();
  await answered;
  await expect(scope.getByRole("status").or(scope.getByRole("alert")).first()).toHaveText(message);
}

/** The table row holding the form for this id (its name may change when saved). */
const rowOf = (page: Page, id: string) => page.getByRole("row").filter({ has: page.locator(`input[name="id"][value="${id}"]`) }).first();

test("plan editor: the plan's texts, a phase and an activity show what was saved; a second save keeps the rest", async ({ browser, seed }) => {
  test.setTimeout(90_000);
  const world = await seed.world();
  const today = seed.today();
  const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const plan = await seed.draftPlan(world, [{ content: "Hội nghị triển khai kế hoạch" }], { theme: "Chủ đề ban đầu" });
  const page = await pageAs(browser, world.staffA.username, world.password);
  await page.goto(`/plans/${plan.id}/edit`);

  // The plan's texts: stored one item a line, trimmed, blank lines gone.
  const texts = page.getByRole("form", { name: "Thông tin chung của kế hoạch" });
  await texts.getByLabel("Khẩu hiệu", { exact: true }).fill("  Khoa học là then chốt  \n\n  Đổi mới để phát triển ");
  await texts.getByLabel("Chủ đề", { exact: true }).fill("  Khoa học và công nghệ cho phát triển  ");
  await save(texts, "Lưu thông tin chung", "Đã lưu thông tin kế hoạch.");
  await expect(texts.getByLabel("Khẩu hiệu", { exact: true })).toHaveValue("Khoa học là then chốt\nĐổi mới để phát triển");
  await expect(texts.getByLabel("Chủ đề", { exact: true })).toHaveValue("Khoa học và công nghệ cho phát triển");
  await texts.getByLabel("Họ và tên", { exact: true }).fill("Nguyễn Văn An");
  await save(texts, "Lưu thông tin chung", "Đã lưu thông tin kế hoạch.");
  await expect(texts.getByLabel("Khẩu hiệu", { exact: true })).toHaveValue("Khoa học là then chốt\nĐổi mới để phát triển");
  await expect(texts.getByLabel("Chủ đề", { exact: true })).toHaveValue("Khoa học và công nghệ cho phát triển");
  await expect(texts.getByLabel("Họ và tên", { exact: true })).toHaveValue("Nguyễn Văn An");

  // A phase: saved, closed, opened again with what was saved; a second save keeps the title.
  const phase = page.getByRole("region", { name: /^2\.1\./ });
  await phase.getByRole("button", { name: "Sửa giai đoạn" }).click();
  let phaseForm = phase.getByRole("form", { name: "Sửa giai đoạn 2.1" });
  await phaseForm.getByLabel("Tên giai đoạn").fill("  Chuẩn bị và triển khai ");
  await phaseForm.getByLabel("Đến ngày").fill(shift(40));
  await phaseForm.getByRole("button", { name: "Lưu giai đoạn" }).click();
  await expect(phase.getByRole("heading", { name: "2.1. Chuẩn bị và triển khai" })).toBeVisible();
  await phase.getByRole("button", { name: "Sửa giai đoạn" }).click();
  phaseForm = phase.getByRole("form", { name: "Sửa giai đoạn 2.1" });
  await expect(phaseForm.getByLabel("Tên giai đoạn")).toHaveValue("Chuẩn bị và triển khai");
  await expect(phaseForm.getByLabel("Đến ngày")).toHaveValue(formatDate(shift(40)));
  await phaseForm.getByLabel("Từ ngày").fill(shift(-20));
  await phaseForm.getByRole("button", { name: "Lưu giai đoạn" }).click();
  await expect(phaseForm).toHaveCount(0);
  await phase.getByRole("button", { name: "Sửa giai đoạn" }).click();
  await expect(phaseForm.getByLabel("Tên giai đoạn")).toHaveValue("Chuẩn bị và triển khai");
  await expect(phaseForm.getByLabel("Từ ngày")).toHaveValue(formatDate(shift(-20)));
  await expect(phaseForm.getByLabel("Đến ngày")).toHaveValue(formatDate(shift(40)));
  await phaseForm.getByRole("button", { name: "Hủy" }).click();

  // An activity: content, a supporter and a note; then only the note changes.
  const activity = page.getByRole("article", { name: "Hoạt động 1" });
  await activity.getByRole("button", { name: "Sửa", exact: true }).click();
  let activityForm = page.getByRole("form", { name: "Sửa hoạt động 1" });
  await activityForm.getByLabel("Nội dung").fill("Hội nghị triển khai kế hoạch năm  ");
  await activityForm.getByRole("checkbox", { name: world.unitB.name }).check();
  await activityForm.getByLabel("Ghi chú").fill("Dự kiến tổ chức tại hội trường Sở");
  await activityForm.getByRole("button", { name: "Lưu hoạt động" }).click();
  await expect(activityForm).toHaveCount(0);
  await expect(activity).toContainText("Hội nghị triển khai kế hoạch năm");
  await expect(activity).toContainText(world.unitB.name);
  await activity.getByRole("button", { name: "Sửa", exact: true }).click();
  activityForm = page.getByRole("form", { name: "Sửa hoạt động 1" });
  await expect(activityForm.getByLabel("Nội dung")).toHaveValue("Hội nghị triển khai kế hoạch năm");
  await expect(activityForm.getByRole("checkbox", { name: world.unitB.name })).toBeChecked();
  await expect(activityForm.getByLabel("Ghi chú")).toHaveValue("Dự kiến tổ chức tại hội trường Sở");
  await activityForm.getByLabel("Ghi chú").fill("Tổ chức tại hội trường Sở");
  await activityForm.getByRole("button", { name: "Lưu hoạt động" }).click();
  await expect(activityForm).toHaveCount(0);
  await activity.getByRole("button", { name: "Sửa", exact: true }).click();
  await expect(activityForm.getByLabel("Nội dung")).toHaveValue("Hội nghị triển khai kế hoạch năm");
  await expect(activityForm.getByRole("checkbox", { name: world.unitB.name })).toBeChecked();
  await expect(activityForm.getByLabel("Ghi chú")).toHaveValue("Tổ chức tại hội trường Sở");

  // A new phase: added, and the form is empty again, its dates following the last phase.
  const addPhase = page.getByRole("form", { name: "Thêm giai đoạn" });
  await addPhase.getByLabel("Tên giai đoạn").fill("Tổng kết");
  await addPhase.getByLabel("Đến ngày").fill(shift(45));
  await save(addPhase, "Thêm giai đoạn", "Đã thêm giai đoạn 2.2.");
  await expect(page.getByRole("heading", { name: "2.2. Tổng kết" })).toBeVisible();
  await expect(addPhase.getByLabel("Tên giai đoạn")).toHaveValue("");
  await expect(addPhase.getByLabel("Từ ngày")).toHaveValue(formatDate(shift(45)));

  // All of it is what a fresh page shows.
  await page.reload();
  await expect(texts.getByLabel("Khẩu hiệu", { exact: true })).toHaveValue("Khoa học là then chốt\nĐổi mới để phát triển");
  await expect(texts.getByLabel("Họ và tên", { exact: true })).toHaveValue("Nguyễn Văn An");
  await expect(page.getByRole("heading", { name: "2.1. Chuẩn bị và triển khai" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Hoạt động 1" })).toContainText("Tổ chức tại hội trường Sở");
  await page.context().close();
});

test("targets: saved, opened again with what was saved, changed again; the achieved value is recorded from the update form", async ({ browser, seed }) => {
  const world = await seed.world();
  const plan = await seed.issuedPlan(world, [{ content: "Xây dựng mô hình ứng dụng" }]);
  const page = await pageAs(browser, world.staffA.username, world.password);
  await page.goto(`/activities/${plan.activity("Xây dựng mô hình ứng dụng").id}`);
  const card = page.getByRole("region", { name: "Chỉ tiêu" });
  await card.getByRole("button", { name: "Đặt chỉ tiêu" }).click();
  let form = card.getByRole("form", { name: "Chỉ tiêu của hoạt động" });
  await form.getByRole("button", { name: "+ Thêm chỉ tiêu" }).click();
  await form.getByLabel("Chỉ tiêu", { exact: true }).fill(" Mô hình ứng dụng ");
  await form.getByLabel("Giá trị").fill("20");
  await form.getByLabel("Đơn vị tính").fill("mô hình");
  await form.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(card).toContainText("Mô hình ứng dụng: 0 / 20 mô hình");

  await card.getByRole("button", { name: "Sửa chỉ tiêu" }).click();
  form = card.getByRole("form", { name: "Chỉ tiêu của hoạt động" });
  await expect(form.getByLabel("Chỉ tiêu", { exact: true })).toHaveValue("Mô hình ứng dụng");
  await expect(form.getByLabel("Giá trị")).toHaveValue("20");
  await form.getByLabel("Giá trị").fill("25");
  await form.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(card).toContainText("Mô hình ứng dụng: 0 / 25 mô hình");
  await card.getByRole("button", { name: "Sửa chỉ tiêu" }).click();
  await expect(form.getByLabel("Chỉ tiêu", { exact: true })).toHaveValue("Mô hình ứng dụng");
  await expect(form.getByLabel("Giá trị")).toHaveValue("25");
  await expect(form.getByLabel("Đơn vị tính")).toHaveValue("mô hình");
  await form.getByRole("button", { name: "Hủy" }).click();

  const update = page.getByRole("form", { name: "Cập nhật tiến độ" });
  await update.getByLabel("Mô hình ứng dụng (chỉ tiêu 25 mô hình)").fill("6");
  await save(update, "Lưu cập nhật", "Đã ghi nhận cập nhật.");
  await expect(update.getByLabel("Mô hình ứng dụng (chỉ tiêu 25 mô hình)")).toHaveValue("6");
  await expect(card).toContainText("Mô hình ứng dụng: 6 / 25 mô hình");
  await update.getByLabel("Ghi chú cập nhật").fill("Đã nghiệm thu mô hình thứ 6.");
  await save(update, "Lưu cập nhật", "Đã ghi nhận cập nhật.");
  await expect(update.getByLabel("Mô hình ứng dụng (chỉ tiêu 25 mô hình)")).toHaveValue("6");
  await page.context().close();
});

test("organisation settings, units and users: each form shows what was stored after a save, and a second save keeps it", async ({ browser, seed }) => {
  test.setTimeout(90_000);
  const world = await seed.world();
  const page = await pageAs(browser, world.admin.username, world.password);

  // Cơ quan: the code is stored in capitals; a second save changes only the place.
  await page.goto("/settings");
  const organization = page.getByRole("form", { name: "Thông tin cơ quan" });
  await organization.getByLabel("Chữ viết tắt").fill("skhcntn");
  await save(organization, "Lưu thông tin cơ quan", "Đã lưu thông tin cơ quan. Văn bản xuất từ nay dùng thông tin mới.");
  await expect(organization.getByLabel("Chữ viết tắt")).toHaveValue("SKHCNTN");
  await organization.getByLabel("Địa danh").fill("  Thành phố Thử Nghiệm ");
  await save(organization, "Lưu thông tin cơ quan", "Đã lưu thông tin cơ quan. Văn bản xuất từ nay dùng thông tin mới.");
  await expect(organization.getByLabel("Chữ viết tắt")).toHaveValue("SKHCNTN");
  await expect(organization.getByLabel("Địa danh")).toHaveValue("Thành phố Thử Nghiệm");

  // A unit: its name stored trimmed; then only its short name changes.
  await page.goto("/units");
  const unitRow = rowOf(page, world.unitB.id);
  await unitRow.getByText("Sửa", { exact: true }).click();
  const unitForm = unitRow.getByRole("form");
  await unitForm.getByLabel("Tên đơn vị").fill("  Phòng Kế hoạch - Tài chính  ");
  await unitForm.getByLabel("Loại").selectOption({ label: "Cơ quan bên ngoài" });
  await save(unitForm, "Lưu", "Đã lưu đơn vị.");
  await expect(unitForm.getByLabel("Tên đơn vị")).toHaveValue("Phòng Kế hoạch - Tài chính");
  await expect(unitForm.getByLabel("Loại").locator("option:checked")).toHaveText("Cơ quan bên ngoài");
  await unitForm.getByLabel("Tên viết tắt").fill("Phòng KH-TC");
  await save(unitForm, "Lưu", "Đã lưu đơn vị.");
  await expect(unitForm.getByLabel("Tên đơn vị")).toHaveValue("Phòng Kế hoạch - Tài chính");
  await expect(unitForm.getByLabel("Loại").locator("option:checked")).toHaveText("Cơ quan bên ngoài");
  await expect(unitRow).toContainText("Phòng KH-TC");

  // A new unit: added, and the form is empty again.
  const addUnit = page.getByRole("form", { name: "Thêm đơn vị" });
  await addUnit.getByLabel("Tên đơn vị").fill("Phòng Thanh tra thử nghiệm");
  await addUnit.getByLabel("Tên viết tắt").fill("Thanh tra TN");
  await addUnit.getByLabel("Loại").selectOption({ label: "Cơ quan bên ngoài" });
  await save(addUnit, "Thêm đơn vị", "Đã thêm đơn vị “Phòng Thanh tra thử nghiệm”.");
  await expect(addUnit.getByLabel("Tên đơn vị")).toHaveValue("");
  await expect(addUnit.getByLabel("Tên viết tắt")).toHaveValue("");
  await expect(addUnit.getByLabel("Loại").locator("option:checked")).toHaveText("Đơn vị thuộc Sở");

  // A user: name trimmed, job title and unit stored; then only the job title changes.
  await page.goto("/users");
  const userRow = rowOf(page, world.staffB.id);
  await userRow.getByText("Sửa", { exact: true }).click();
  const userForm = userRow.getByRole("form", { name: `Sửa tài khoản ${world.staffB.username}` });
  await userForm.getByLabel("Họ và tên").fill("  Trần Thị Bình ");
  await userForm.getByLabel("Chức vụ").fill("Chuyên viên");
  await userForm.getByLabel("Đơn vị").selectOption({ label: world.unitA.name });
  await save(userForm, "Lưu", "Đã lưu tài khoản.");
  await expect(userForm.getByLabel("Họ và tên")).toHaveValue("Trần Thị Bình");
  await expect(userForm.getByLabel("Đơn vị").locator("option:checked")).toHaveText(world.unitA.name);
  await userForm.getByLabel("Chức vụ").fill("Phó Trưởng phòng");
  await save(userForm, "Lưu", "Đã lưu tài khoản.");
  await expect(userForm.getByLabel("Họ và tên")).toHaveValue("Trần Thị Bình");
  await expect(userForm.getByLabel("Chức vụ")).toHaveValue("Phó Trưởng phòng");
  await expect(userForm.getByLabel("Đơn vị").locator("option:checked")).toHaveText(world.unitA.name);
  await expect(userForm.getByLabel("Vai trò").locator("option:checked")).toHaveText("Cán bộ đơn vị");

  // A new password is typed again each time: the field clears once it is set.
  await userRow.getByText("Đặt lại mật khẩu", { exact: true }).click();
  const passwordForm = userRow.getByRole("form", { name: `Đặt lại mật khẩu ${world.staffB.username}` });
  await passwordForm.getByLabel("Mật khẩu mới").fill("Lang-Son-Kh&Cn-2026");
  await save(passwordForm, "Đặt lại", "Đã đặt lại mật khẩu. Người dùng cần đăng nhập lại; mã truy cập API và đường dẫn lịch họ đã tạo đã bị thu hồi.");
  await expect(passwordForm.getByLabel("Mật khẩu mới")).toHaveValue("");

  // A new account: created, and the form is empty again.
  const create = page.getByRole("form", { name: "Tạo tài khoản" });
  const username = `moi-${world.staffB.username}`;
  await create.getByLabel("Tên đăng nhập").fill(username);
  await create.getByLabel("Mật khẩu ban đầu").fill("Lang-Son-Kh&Cn-2026");
  await create.getByLabel("Họ và tên").fill("Hoàng Văn Mới");
  await create.getByLabel("Vai trò").selectOption({ label: "Người xem" });
  await save(create, "Tạo tài khoản", `Đã tạo tài khoản “${username}”.`);
  for (const label of ["Tên đăng nhập", "Mật khẩu ban đầu", "Họ và tên", "Chức vụ"]) await expect(create.getByLabel(label)).toHaveValue("");
  await expect(create.getByLabel("Vai trò").locator("option:checked")).toHaveText("Cán bộ đơn vị");

  // An API token: shown once, and the form is empty again for the next one.
  await page.goto("/profile");
  const token = page.getByRole("form", { name: "Tạo mã truy cập API" });
  await token.getByLabel("Tên (dùng vào việc gì)").fill("Văn phòng điện tử");
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]));
  await token.getByRole("button", { name: "Tạo mã" }).click();
  await answered;
  await expect(page.getByLabel("Mã truy cập", { exact: true })).toHaveText(/^kh_/);
  await expect(token.getByLabel("Tên (dùng vào việc gì)")).toHaveValue("");
  await page.context().close();
});

test("save as template: the form closes saying which template was made; the same name again is refused, nothing doubled", async ({ browser, seed }) => {
  const world = await seed.world();
  const plan = await seed.draftPlan(world, [{ content: "Hội thảo" }]);
  const page = await pageAs(browser, world.staffA.username, world.password);
  await page.goto(`/plans/${plan.id}`);
  const name = `Mẫu hội thảo ${world.staffA.username}`;
  await page.getByRole("button", { name: "Lưu làm mẫu" }).click();
  const form = page.getByRole("form", { name: "Lưu làm mẫu" });
  await form.getByLabel("Tên mẫu").fill(`  ${name} `);
  await form.getByLabel("Mô tả").fill("Dùng cho hội thảo hằng năm");
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]));
  await form.getByRole("button", { name: "Lưu mẫu" }).click();
  await answered;
  await expect(page.getByRole("status").filter({ hasText: `Đã lưu mẫu “${name}”. Dùng mẫu khi tạo kế hoạch mới.` })).toBeVisible();
  await expect(form).toHaveCount(0);

  // Opened again: a new template, starting from the plan's title.
  await page.getByRole("button", { name: "Lưu làm mẫu" }).click();
  await expect(form.getByLabel("Tên mẫu")).toHaveValue(plan.title);
  await expect(form.getByLabel("Mô tả")).toHaveValue("");
  await form.getByLabel("Tên mẫu").fill(name);
  await save(form, "Lưu mẫu", "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.");
  await expect(form.getByText("Đã có mẫu cùng tên.")).toBeVisible();

  await page.goto("/plans/new?mode=template");
  await expect(page.getByRole("listitem").filter({ hasText: name })).toHaveCount(1);
  await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText("Dùng cho hội thảo hằng năm");
  await page.context().close();
});

test("plan editor: the plan's Kinh phí is typed as written, shown as saved, and the plan page warns when the activities cost more", async ({ browser, seed }, testInfo) => {
  test.setTimeout(90_000);
  const world = await seed.world();
  const plan = await seed.draftPlan(world, [{ content: "Hội thảo khoa học" }, { content: "Triển lãm sản phẩm" }]);
  // Kinh phí of the activities (30 + 25 triệu), seeded straight into the rows.
  await e2eDb().activity.update({ where: { id: plan.activity("Hội thảo khoa học").id }, data: { cost: 30_000_000n } });
  await e2eDb().activity.update({ where: { id: plan.activity("Triển lãm sản phẩm").id }, data: { cost: 25_000_000n } });
  const page = await pageAs(browser, world.staffA.username, world.password);
  await page.goto(`/plans/${plan.id}/edit`);

  const texts = page.getByRole("form", { name: "Thông tin chung của kế hoạch" });
  const amount = texts.getByLabel("Tổng kinh phí (đồng)");
  const source = texts.getByLabel("Nguồn kinh phí");
  await amount.fill("50 triệu");
  await source.fill("  Ngân sách tỉnh  ");
  await save(texts, "Lưu thông tin chung", "Đã lưu thông tin kế hoạch.");
  await expect(amount).toHaveValue("50.000.000");
  await expect(source).toHaveValue("Ngân sách tỉnh");
  await texts.getByRole("group", { name: "Kinh phí" }).screenshot({ path: testInfo.outputPath("plan-budget-form.png") });
  // Saved again as shown: nothing changed, nothing reverted.
  await save(texts, "Lưu thông tin chung", "Không có thay đổi nào.");
  await expect(amount).toHaveValue("50.000.000");

  await page.goto(`/plans/${plan.id}`);
  const budget = page.getByRole("region", { name: "Kinh phí" });
  await expect(budget).toContainText("Kinh phí kế hoạch50.000.000 đ · Nguồn: Ngân sách tỉnh");
  await expect(budget.getByTestId("activities-cost")).toHaveText("55.000.000 đ");
  await expect(budget.getByRole("alert").or(budget.getByRole("status"))).toContainText("vượt kinh phí của kế hoạch (50.000.000 đ)");

  // A larger budget in the department's words: saved in đồng, the warning gone.
  await page.goto(`/plans/${plan.id}/edit`);
  await amount.fill("1,5 tỷ");
  await save(texts, "Lưu thông tin chung", "Đã lưu thông tin kế hoạch.");
  await expect(amount).toHaveValue("1.500.000.000");
  await expect(source).toHaveValue("Ngân sách tỉnh");
  await page.goto(`/plans/${plan.id}`);
  await expect(budget).toContainText("Kinh phí kế hoạch1.500.000.000 đ");
  await expect(budget).not.toContainText("vượt kinh phí");

  // Not an amount: a field error, the typed text kept.
  await page.goto(`/plans/${plan.id}/edit`);
  await amount.fill("vài chục triệu");
  await save(texts, "Lưu thông tin chung", /chưa hợp lệ/);
  await expect(texts.getByText("Tổng kinh phí không hợp lệ")).toBeVisible();
  await expect(amount).toHaveValue("vài chục triệu");
  await page.context().close();
});
