// Two instances of the app on one database, as behind a load balancer: the
// first started by scripts/start.ts --e2e on baseURL, the second by
// tests/e2e/support/second-instance.ts (playwright.config.ts). Cookies belong
// to the host, not the port, so one browser session reaches both.
import { expect, test, type Page } from "@playwright/test";
import { dueSoonWorld, e2eDb, SEED_PASSWORD } from "./support/seed";
import { loopbackAddress, signInOverHttp } from "./support/http-sign-in";
import { createWorld } from "@/tests/integration/support/factories";
import { SESSION_USER_TTL_MS } from "@/lib/auth/session-cache";

const SECOND = `http://localhost:${process.env.E2E_SECOND_PORT}`;

async function signInOnFirst(page: Page, username: string) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(SEED_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
}

test("a session made on one instance works on the other; a file uploaded through one downloads through the other", async ({ page, baseURL }) => {
  const world = await dueSoonWorld();
  await signInOnFirst(page, world.staff.username);
  await page.goto(`${SECOND}/activities/${world.activityId}`);
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(world.content);

  // The form is rendered by the first instance; the balancer sends its server action to the second.
  await page.goto(`/activities/${world.activityId}`);
  const actionsOnSecond: number[] = [];
  await page.route(
    (url) => url.origin === new URL(baseURL!).origin && url.pathname === `/activities/${world.activityId}`,
    async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
      const response = await route.fetch({ url: `${SECOND}${new URL(request.url()).pathname}`, headers: { ...request.headers(), "x-forwarded-host": new URL(baseURL!).host } });
      actionsOnSecond.push(response.status());
      return route.fulfill({ response });
    },
  );
  const pdf = Buffer.from(`%PDF-1.4\n% Kehoach two instances ${world.activityId}\n`, "latin1");
  const form = page.getByRole("form", { name: "Cập nhật tiến độ" });
  await form.getByLabel("Ghi chú cập nhật").fill("Biên bản qua máy chủ thứ hai");
  await form.getByLabel("Tệp minh chứng").setInputFiles([{ name: "bien-ban.pdf", mimeType: "application/pdf", buffer: pdf }]);
  await form.getByRole("button", { name: "Lưu cập nhật" }).click();
  await expect(form.getByText("Đã ghi nhận cập nhật.")).toBeVisible({ timeout: 30_000 });
  expect(actionsOnSecond).toEqual([200]);
  await page.unrouteAll({ behavior: "ignoreErrors" });

  const link = page.getByRole("region", { name: "Lịch sử cập nhật" }).getByRole("link", { name: "bien-ban.pdf" });
  const href = (await link.getAttribute("href"))!;
  for (const base of [baseURL!, SECOND]) {
    const download = await page.request.get(`${base}${href}`);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
  }
});

test("the API rate limit counts one caller's requests on both instances against one limit", async ({ page, baseURL }) => {
  const world = await dueSoonWorld();
  await signInOnFirst(page, world.staff.username);
  const limit = 60; // KEHOACH_API_RATE_LIMIT of both e2e instances
  const statuses: number[] = [];
  // Ten at a time, half to each instance: each counts in the same row, so the total is exact.
  for (let i = 0; i < limit; i += 10) {
    const batch = Array.from({ length: 10 }, (_, j) => page.request.get(`${(i + j) % 2 ? SECOND : baseURL}/api/v1/units`));
    for (const response of await Promise.all(batch)) statuses.push(response.status());
  }
  expect(statuses).toEqual(Array(limit).fill(200));
  for (const base of [baseURL!, SECOND]) {
    const refused = await page.request.get(`${base}/api/v1/units`);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  }
});

test("the sign-in throttle counts failures on both instances together", async ({ baseURL }) => {
  const from = loopbackAddress();
  const username = `khong-co-ai-${from}`;
  const errors: (string | null)[] = [];
  for (let i = 0; i < 7; i++) errors.push((await signInOverHttp(i % 2 ? SECOND : baseURL!, { username, password: `sai-${i}`, from })).error);
  expect(errors.slice(0, 5)).toEqual(Array(5).fill("CredentialsSignin"));
  expect(errors.slice(5)).toEqual([expect.stringMatching(/^TooManyAttempts:\d+$/), expect.stringMatching(/^TooManyAttempts:\d+$/)]);
});

test("a reminder falling due on both instances at once is sent once, by one of them", async ({ page }) => {
  const world = await dueSoonWorld();
  const db = e2eDb();
  const job = { name: "reminders" };
  // Both instances look for due jobs every 500 ms (KEHOACH_JOB_TICK_MS); make the reminder job due now.
  const before = await db.scheduledJob.upsert({ where: job, create: { ...job, lastStartedAt: new Date(0), lastInstance: "e2e" }, update: { lastStartedAt: new Date(0) } });
  await expect.poll(() => db.notification.count({ where: { activityId: world.activityId } }), { timeout: 20_000 }).toBe(1);
  const ran = await db.scheduledJob.findUniqueOrThrow({ where: job });
  expect(ran.runs).toBe(before.runs + 1);
  // Several more ticks of both instances: the job is not due again for 30 minutes, and nothing is sent twice.
  await page.waitForTimeout(2_000);
  expect(await db.scheduledJob.findUniqueOrThrow({ where: job })).toMatchObject({ runs: ran.runs, lastInstance: ran.lastInstance });
  expect(await db.notification.findMany({ where: { activityId: world.activityId }, select: { userId: true, kind: true } })).toEqual([{ userId: world.staff.id, kind: "activity.due-soon" }]);

  // The staff member sees it once, on either instance.
  await signInOnFirst(page, world.staff.username);
  for (const base of ["", SECOND]) {
    await page.goto(`${base}/notifications`);
    await expect(page.getByText(`Sắp đến hạn: ${world.content}`)).toHaveCount(1);
  }
});

// Each instance keeps a session's user for at most a second (lib/auth/session-cache.ts)
// and hears nothing from the others: what ends a session must still end it on both.
test("a user locked, or a session signed out, on one instance is refused on both once a second has passed", async ({ browser, page, baseURL }) => {
  // Sign-ins on two instances and waits past the session cache's second: 37 s in a busy CI run.
  test.setTimeout(90_000);
  const db = e2eDb();
  const w = await createWorld();
  const signedIn = async (base: string, p: Page) => {
    await p.goto(`${base}/help`);
    return new URL(p.url()).pathname !== "/login";
  };

  // Locked by another instance (a write to the database, nothing else): both refuse.
  await signInOnFirst(page, w.staffA.username);
  expect(await signedIn(SECOND, page)).toBe(true);
  expect(await signedIn(baseURL!, page)).toBe(true);
  await db.user.update({ where: { id: w.staffA.id }, data: { active: false, sessionVersion: { increment: 1 }, version: { increment: 1 } } });
  await page.waitForTimeout(SESSION_USER_TTL_MS + 100);
  expect(await signedIn(SECOND, page)).toBe(false);
  expect(await signedIn(baseURL!, page)).toBe(false);

  // Signed out on the first instance: the first refuses the saved cookie at once, the second once its second has passed.
  const laptop = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const tab = await laptop.newPage();
  await signInOnFirst(tab, w.staffB.username);
  const copy = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  await copy.addCookies(await laptop.cookies());
  const stolen = await copy.newPage();
  expect(await signedIn(SECOND, stolen)).toBe(true);
  expect(await signedIn(baseURL!, stolen)).toBe(true);
  await tab.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(tab).toHaveURL(/\/login/);
  expect(await signedIn(baseURL!, stolen)).toBe(false);
  await page.waitForTimeout(SESSION_USER_TTL_MS + 100);
  expect(await signedIn(SECOND, stolen)).toBe(false);
  await laptop.close();
  await copy.close();
});
