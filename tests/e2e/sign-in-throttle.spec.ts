// Issue 12: the sign-in throttle on the real server, from several client
// addresses (each test signs in from loopback addresses of its own).
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/auth";
import { loopbackAddress, signInOverHttp } from "./support/http-sign-in";

const TOO_MANY = /^TooManyAttempts:\d+$/;

test("global lockout: twenty failed sign-ins with made-up usernames from one client slow that client only; the leader still signs in", async ({ baseURL }) => {
  const attacker = loopbackAddress();
  // The leader has signed in from this address before (the office's shared address, say).
  expect((await signInOverHttp(baseURL!, { username: "lanhdao", password: DEMO_PASSWORD, from: attacker })).error).toBeNull();
  const errors: (string | null)[] = [];
  for (let i = 0; i < 22; i++) errors.push((await signInOverHttp(baseURL!, { username: `khong-co-ai-${i}-${attacker}`, password: "doan-bua", from: attacker })).error);
  expect(errors.slice(0, 20)).toEqual(Array(20).fill("CredentialsSignin"));
  expect(errors.slice(20)).toEqual([expect.stringMatching(/^TooManyAttempts/), expect.stringMatching(/^TooManyAttempts/)]);
  // Everyone else, and the leader on the same address, signs in.
  expect((await signInOverHttp(baseURL!, { username: "lanhdao", password: DEMO_PASSWORD, from: loopbackAddress() })).error).toBeNull();
  expect((await signInOverHttp(baseURL!, { username: "lanhdao", password: DEMO_PASSWORD, from: attacker })).error).toBeNull();
});

test("bypass: thirty-two password-spray attempts, each with its own forged X-Forwarded-For, are slowed after twenty", async ({ baseURL }) => {
  const sprayer = loopbackAddress();
  const errors: (string | null)[] = [];
  for (let i = 0; i < 32; i++) {
    const forged = { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `203.0.113.${i}`, "x-kehoach-client-address": `192.0.2.${i}` };
    errors.push((await signInOverHttp(baseURL!, { username: `nguoi-dung-${i}-${sprayer}`, password: "Matkhau@2026", from: sprayer, headers: forged })).error);
  }
  expect(errors.slice(0, 20)).toEqual(Array(20).fill("CredentialsSignin"));
  expect(errors.slice(20)).toEqual(Array(12).fill(expect.stringMatching(TOO_MANY)));
});

test("lockout of one user: five wrong passwords for lanhdao from other addresses do not lock the real leader out", async ({ baseURL }) => {
  for (let i = 0; i < 5; i++) {
    expect((await signInOverHttp(baseURL!, { username: "lanhdao", password: `sai-${i}`, from: loopbackAddress() })).error).toBe("CredentialsSignin");
  }
  expect((await signInOverHttp(baseURL!, { username: "lanhdao", password: DEMO_PASSWORD, from: loopbackAddress() })).error).toBeNull();
});

test("a trusted proxy's X-Forwarded-For names the client; the same header from anyone else is ignored", async ({ baseURL }) => {
  // 127.0.0.30 is the proxy KEHOACH_TRUSTED_PROXIES names for the e2e servers.
  const proxy = "127.0.0.30";
  const client = `198.51.100.${Math.floor(Math.random() * 250)}`;
  const via = (forwardedFor: string, from = proxy) => ({ from, headers: { "x-forwarded-for": forwardedFor } });
  for (let i = 0; i < 20; i++) await signInOverHttp(baseURL!, { username: `doan-${i}-${client}`, password: "x", ...via(`10.9.9.9, ${client}`) });
  expect((await signInOverHttp(baseURL!, { username: `doan-moi-${client}`, password: "x", ...via(client) })).error).toMatch(TOO_MANY);
  // Another client behind the same proxy, and the same header sent directly by some other machine: not slowed.
  expect((await signInOverHttp(baseURL!, { username: `doan-khac-${client}`, password: "x", ...via("198.51.100.251") })).error).toBe("CredentialsSignin");
  expect((await signInOverHttp(baseURL!, { username: `doan-khac-${client}`, password: "x", ...via(client, loopbackAddress()) })).error).toBe("CredentialsSignin");
});

test("the login form names the wait when sign-in is slowed", async ({ page }) => {
  await page.goto("/login");
  const username = `khong-ton-tai-${Date.now()}`;
  const alert = page.getByRole("main").getByRole("alert");
  for (let i = 0; i < 6; i++) {
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Mật khẩu").fill(`sai-${i}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(alert).toHaveText(i < 5 ? "Tên đăng nhập hoặc mật khẩu không đúng." : /^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+\sgiây\.$/);
    if (i < 5) await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath("login-wait-1280.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("login-wait-390.png") });
});

test("open redirect: a callback to another site sends the browser home after sign-in", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const callbackUrl of ["/\\evil.example/phish", "/\t/evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Tên đăng nhập").fill("xem");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(origin);
    expect(new URL(page.url()).pathname).toBe("/");
  }
});
