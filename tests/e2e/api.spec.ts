import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";

test("a token made on the profile page lists a unit's overdue work and records an update; the docs show every route", async ({ browser, request, seed }) => {
  test.setTimeout(90_000); // axe on the docs page, which lists every route, alone takes 15–17 s on a busy machine
  // Its own copy of the demo department: the token and the update land on rows no other test reads.
  const dept = await seed.department({ plan2022: true });
  const page = await pageAs(browser, dept.users.qlcn.username, dept.password);
  await page.goto("/profile");
  await page.getByLabel("Tên (dùng vào việc gì)").fill("Tập lệnh báo cáo tuần");
  await page.getByRole("button", { name: "Tạo mã" }).click();
  const token = (await page.getByLabel("Mã truy cập", { exact: true }).textContent())!.trim();
  expect(token).toMatch(/^kh_[A-Za-z0-9_-]{40,}$/);
  await expectAccessible(page);
  const auth = { Authorization: `Bearer ${token}` };

  const units = await (await request.get("/api/v1/units", { headers: auth })).json();
  const qlcn = units.items.find((u: { shortName: string }) => u.shortName === "Phòng QLCN&ĐMST");
  const overdue = await request.get(`/api/v1/activities?unitId=${qlcn.id}&overdue=true&role=lead`, { headers: auth });
  expect(overdue.status()).toBe(200);
  const items = (await overdue.json()).items as { id: string; version: number; content: string; overdue: boolean }[];
  expect(items.length).toBeGreaterThan(0);
  expect(items.every((a) => a.overdue)).toBe(true);

  const target = items[0]!;
  const created = await request.post(`/api/v1/activities/${target.id}/updates`, { headers: auth, data: { version: target.version, note: "Cập nhật từ tập lệnh báo cáo", figures: [{ label: "Số tin bài", value: "3" }] } });
  expect(created.status()).toBe(201);
  const stale = await request.post(`/api/v1/activities/${target.id}/updates`, { headers: auth, data: { version: target.version, note: "lần hai" } });
  expect(stale.status()).toBe(409);
  expect(stale.headers()["content-type"]).toContain("application/problem+json");

  // The token appears in the list with its last use; revoking it ends it.
  await page.reload();
  const row = page.getByRole("row", { name: /Tập lệnh báo cáo tuần/ });
  await expect(row).not.toContainText("Chưa dùng");
  await row.getByRole("button", { name: /Thu hồi/ }).click();
  await expect(row).toContainText("Đã thu hồi");
  expect((await request.get("/api/v1/units", { headers: auth })).status()).toBe(401);

  // The docs page shows every route of the OpenAPI document.
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  const count = Object.values(doc.paths as Record<string, object>).reduce((n, item) => n + Object.keys(item).length, 0);
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: "Tài liệu API" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(count);
  await expect(page.getByRole("article", { name: "POST /api/v1/activities/{id}/updates" })).toContainText("version");
  await expectAccessible(page);
  await page.context().close();
});

test("a cookie-authenticated write from another site is refused", async ({ browser }) => {
  const page = await pageAs(browser, "lanhdao");
  const response = await page.request.post("/api/v1/plans", { headers: { Origin: "https://evil.example" }, data: { title: "Kế hoạch giả mạo", year: 2027 } });
  expect(response.status()).toBe(403);
  const sameSite = await page.request.get("/api/v1/plans?limit=1");
  expect(sameSite.status()).toBe(200);
  await page.context().close();
});
