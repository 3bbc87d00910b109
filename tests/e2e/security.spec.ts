import type { Page } from "@playwright/test";
import { pageAs } from "./support/auth";
import { expect, test } from "./support/seed";
import { openFromMenu } from "./support/menu";

function watchForViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));
  return violations;
}

test("pages carry a nonce Content-Security-Policy and the other security headers; the API its own", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  const policy = first.headers()["content-security-policy"]!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval");
  const nonce = policy.match(/'nonce-([^']+)'/)![1]!;
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);
  // Every script of the page carries this response's nonce.
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  for (const response of [first, await request.get("/api/v1/health")]) {
    const h = response.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-frame-options"]).toBe("DENY");
  }
  const api = await request.get("/api/v1/health");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
});

test("the session cookie is HttpOnly and SameSite=Lax, and the app runs without a policy violation", async ({ browser }) => {
  const page = await pageAs(browser, "lanhdao");
  const violations = watchForViolations(page);
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe("Lax");
  for (const path of ["/", "/plans", "/my-work", "/timeline", "/plans/new", "/plans/import", "/profile", "/api/docs"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  }
  // Client-side navigation and a client component still work under the policy.
  await openFromMenu(page, "Kế hoạch", /\/plans$/);
  expect(violations).toEqual([]);
  await page.context().close();
});

test("text typed by users is shown as text, never run", async ({ browser, seed }) => {
  // The hostile draft is made in an organisation of its own.
  const world = await seed.world();
  const page = await pageAs(browser, world.staffA.username, world.password);
  const violations = watchForViolations(page);
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const hostile = `Thử <img src=x onerror="alert(1)"><script>alert(2)</script> năm 2031`;
  await page.goto("/plans/new?mode=blank");
  await page.getByLabel(/Trích yếu/).fill(hostile);
  await page.getByLabel("Năm kế hoạch").fill("2031");
  await page.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\/edit$/);
  await page.goto(page.url().replace(/\/edit$/, ""));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Kế hoạch thử <img src=x onerror="alert(1)"><script>alert(2)</script> năm 2031`);
  expect(await page.locator("main img[src='x']").count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(violations).toEqual([]);
  await page.context().close();
});

test("a server action posted from another site is refused with 403 (not 500) and does nothing; the same post from our own pages works", async ({ browser, baseURL }) => {
  const page = await pageAs(browser, "qlcn");
  const title = `Kế hoạch thử nguồn gốc ${Date.now()}`;
  // The browser's own server-action request, held back so that only the replays below reach the server.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/plans/new**", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    const keep = ["content-type", "next-action", "next-router-state-tree", "accept"];
    captured = { url: request.url(), headers: Object.fromEntries(Object.entries(request.headers()).filter(([key]) => keep.includes(key))), body: request.postDataBuffer()! };
    await route.abort();
  });
  await page.goto("/plans/new?mode=blank");
  await page.getByLabel(/Trích yếu/).fill(title);
  await page.getByLabel("Năm kế hoạch").fill("2031");
  await page.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect.poll(() => captured).not.toBeNull();
  const action = captured!;
  const plansNamed = async () => {
    const list = await page.request.get(`/api/v1/plans?q=${encodeURIComponent(title)}`);
    expect(list.status()).toBe(200);
    return ((await list.json()) as { items: { title: string }[] }).items.filter((plan) => plan.title === title).length;
  };

  for (const origin of ["https://evil.example", "null"]) {
    const response = await page.request.post(action.url, { headers: { ...action.headers, origin }, data: action.body, maxRedirects: 0 });
    expect(response.status(), origin).toBe(403);
    expect(await response.json()).toMatchObject({ status: 403, detail: "Yêu cầu từ trang web khác bị từ chối." });
  }
  expect(await plansNamed()).toBe(0);

  const own = await page.request.post(action.url, { headers: { ...action.headers, origin: new URL(baseURL!).origin }, data: action.body, maxRedirects: 0 });
  expect(own.status()).toBeLessThan(400);
  expect(await plansNamed()).toBe(1);
  await page.context().close();
});
