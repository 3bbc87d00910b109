// Each test is the administrator of an organisation of its own (./support/seed.ts),
// so the units, accounts and document details it changes are read by no other test.
import { randomUUID } from "node:crypto";
import { signIn } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";
import { openFromMenu, menuLink } from "./support/menu";

test("the admin adds a unit: a missing name gets a field error, then it is saved", async ({ page, seed }) => {
  const world = await seed.world();
  await signIn(page, world.admin.username, world.password);
  await openFromMenu(page, "Đơn vị", /\/units$/);
  const form = page.getByRole("form", { name: "Thêm đơn vị" });
  const name = `Phòng Thanh tra ${Date.now()}`;
  await form.getByLabel("Tên viết tắt").fill("Thanh tra");
  await form.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(form.getByText("Tên đơn vị là bắt buộc.")).toBeVisible();
  // What was typed is kept.
  await expect(form.getByLabel("Tên viết tắt")).toHaveValue("Thanh tra");
  await form.getByLabel("Tên đơn vị").fill(name);
  await form.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(form.getByText(`Đã thêm đơn vị “${name}”.`)).toBeVisible();
  await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("the admin creates a staff account that can then sign in", async ({ page, browser, seed }) => {
  const dept = await seed.department();
  await signIn(page, dept.users.admin.username, dept.password);
  await openFromMenu(page, "Người dùng", /\/users$/);
  const form = page.getByRole("form", { name: "Tạo tài khoản" });
  const username = `canbo${randomUUID().slice(0, 8)}`;
  await form.getByLabel("Tên đăng nhập").fill(username);
  await form.getByLabel("Mật khẩu ban đầu").fill("ngan");
  await form.getByLabel("Họ và tên").fill("Hoàng Thị Thu");
  await form.getByLabel("Đơn vị").selectOption({ label: "Phòng Quản lý khoa học" });
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByText("Mật khẩu phải có ít nhất 8 ký tự.")).toBeVisible();
  await form.getByLabel("Mật khẩu ban đầu").fill("lang-son-2027");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByText(`Đã tạo tài khoản “${username}”.`)).toBeVisible();
  await expectAccessible(page);

  const other = await browser.newPage();
  await signIn(other, username, "lang-son-2027");
  await expect(other.getByText("Phòng Quản lý khoa học").first()).toBeVisible();
  await other.close();
});

test("the admin keeps the organisation's document details; a leader cannot open them", async ({ page, browser, seed }) => {
  const dept = await seed.department();
  await signIn(page, dept.users.admin.username, dept.password);
  await openFromMenu(page, "Cơ quan", /\/settings$/);
  const form = page.getByRole("form", { name: "Thông tin cơ quan" });
  await expect(form.getByLabel("Cơ quan chủ quản")).toHaveValue("UBND TỈNH LẠNG SƠN");
  await form.getByLabel("Chữ viết tắt").fill("KH CN");
  await form.getByRole("button", { name: "Lưu thông tin cơ quan" }).click();
  await expect(form.getByLabel("Chữ viết tắt")).toHaveAccessibleDescription(/chỉ gồm chữ in hoa không dấu/);
  await expect(form.getByLabel("Chữ viết tắt")).toHaveValue("KH CN");
  // Saved in the form the code is stored in: capitals.
  await form.getByLabel("Chữ viết tắt").fill("skhcn");
  await form.getByRole("button", { name: "Lưu thông tin cơ quan" }).click();
  await expect(page.getByText("Đã lưu thông tin cơ quan.", { exact: false })).toBeVisible();
  await expect(form.getByLabel("Chữ viết tắt")).toHaveValue("SKHCN");
  await expectAccessible(page);

  const leader = await browser.newPage();
  await signIn(leader, dept.users.lanhdao.username, dept.password);
  await expect(menuLink(leader, "Cơ quan")).toHaveCount(0);
  const response = await leader.goto("/settings");
  expect(response?.status()).toBe(403);
  await leader.close();
});

test("the admin stops using a unit and locks an account only after confirming, and can undo both", async ({ page, seed }) => {
  const world = await seed.world();
  await signIn(page, world.admin.username, world.password);

  await page.goto("/units");
  const unit = page.getByRole("row").filter({ has: page.getByRole("cell", { name: world.unitB.name, exact: true }) });
  // Dismissed: nothing happens.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await unit.getByRole("button", { name: "Ngừng sử dụng" }).click();
  await expect(unit.getByRole("button", { name: "Ngừng sử dụng" })).toBeVisible();
  // Accepted: the unit is inactive; reactivating asks nothing.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await unit.getByRole("button", { name: "Ngừng sử dụng" }).click();
  await expect(unit.getByRole("button", { name: "Kích hoạt lại" })).toBeVisible();
  expect(asked).toContain(`Ngừng sử dụng “${world.unitB.name}”?`);
  await unit.getByRole("button", { name: "Kích hoạt lại" }).click();
  await expect(unit.getByRole("button", { name: "Ngừng sử dụng" })).toBeVisible();

  await page.goto("/users");
  const account = page.getByRole("row").filter({ hasText: world.staffB.username });
  page.once("dialog", (dialog) => void dialog.dismiss());
  await account.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(account.getByRole("button", { name: "Khóa tài khoản" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await account.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(account.getByRole("button", { name: "Mở khóa" })).toBeVisible();
  await account.getByRole("button", { name: "Mở khóa" }).click();
  await expect(account.getByRole("button", { name: "Khóa tài khoản" })).toBeVisible();
  await expectAccessible(page);
});
