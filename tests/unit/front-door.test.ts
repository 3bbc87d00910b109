// The page checks on the Kehoach server's socket (lib/security/front-door-node.ts),
// run through a real HTTP server whose "Next.js" is a stub that says what it
// was handed: signed-out visitors go to the sign-in page with a way back,
// signed-in pages pass with a fresh nonce policy in both the request (where
// Next.js reads it) and the response, cross-site writes and a database that
// is down are answered before Next.js, and only this server marks a request
// as checked, so proxy.ts runs for anything else (its matcher, as Next.js
// evaluates it).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { frontDoor, parseCookieHeader } from "@/lib/security/front-door-node";
import { FRONT_DOOR_HEADER, HTML_ANSWER_HEADER } from "@/lib/security/front-door";
import { noteDatabaseUnavailable, registerDatabaseProbe, resetDatabaseHealth } from "@/lib/db-health";
import { config as proxyConfig } from "@/proxy";

const SECRET = "front-door-secret-0123456789abcdef";
type Seen = { url: string; headers: http.IncomingHttpHeaders };

let server: http.Server;
let base: string;
const seen: Seen[] = [];

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost");
  server = http.createServer((req, res) => {
    void frontDoor(req, res).then((answered) => {
      if (answered) return;
      seen.push({ url: req.url ?? "", headers: { ...req.headers } });
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.end("next");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  seen.length = 0;
  resetDatabaseHealth();
});

const sessionCookie = async () => `next-auth.session-token=${await encode({ token: { uid: "0190aaaa-0000-4000-8000-000000000001", sv: 0, sid: "0190aaaa-0000-4000-8000-000000000002" }, secret: SECRET })}`;
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers, redirect: "manual" });
const nonceOf = (policy: string | null | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("the front door on the server's socket", () => {
  it("sends a signed-out visitor to the sign-in page with a way back, before Next.js", async () => {
    const response = await get("/plans?year=2022");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("/login?callbackUrl=%2Fplans%3Fyear%3D2022");
    expect(nonceOf(response.headers.get("content-security-policy"))).toBeTruthy();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(seen).toHaveLength(0);
    expect((await get("/")).headers.get("location")).toBe("/login");
  });

  it("passes a signed-in page with one fresh nonce, in the request for Next.js and in the response", async () => {
    const cookie = await sessionCookie();
    const first = await get("/help", { cookie });
    const second = await get("/help", { cookie });
    expect(first.status).toBe(200);
    expect(seen).toHaveLength(2);
    const [a, b] = seen;
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toBeTruthy();
    expect(a!.headers["x-nonce"]).toBe(nonce);
    expect(nonceOf(a!.headers["content-security-policy"] as string)).toBe(nonce);
    expect(a!.headers[FRONT_DOOR_HEADER]).toBe("1");
    expect(nonceOf(second.headers.get("content-security-policy"))).toBe(b!.headers["x-nonce"]);
    expect(b!.headers["x-nonce"]).not.toBe(nonce);
  });

  it("lets the sign-in page through signed out, with its policy", async () => {
    const response = await get("/login?callbackUrl=%2Fplans");
    expect(response.status).toBe(200);
    expect(nonceOf(response.headers.get("content-security-policy"))).toBe(seen[0]!.headers["x-nonce"]);
  });

  it("a client cannot mark its own request as checked", async () => {
    const response = await get("/plans", { [FRONT_DOOR_HEADER]: "1" });
    expect(response.status).toBe(307);
    await get("/api/v1/plans", { [FRONT_DOOR_HEADER]: "1" });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers[FRONT_DOOR_HEADER]).toBeUndefined();
  });

  it("marks a document request as answered with HTML, never the client router's nor an action's, and never on a client's word", async () => {
    const cookie = await sessionCookie();
    await get("/plans", { cookie });
    await get("/plans", { cookie, rsc: "1", [HTML_ANSWER_HEADER]: "1" });
    await fetch(`${base}/plans`, { method: "POST", headers: { cookie, "next-action": "abc", origin: base, [HTML_ANSWER_HEADER]: "1" }, redirect: "manual" });
    await get("/api/v1/plans", { [HTML_ANSWER_HEADER]: "1" });
    await get("/plans", { [HTML_ANSWER_HEADER]: "1" }); // signed out: answered here
    await fetch(`${base}/plans`, { method: "HEAD", headers: { cookie }, redirect: "manual" });
    expect(seen.map((s) => s.headers[HTML_ANSWER_HEADER])).toEqual(["1", undefined, undefined, undefined, undefined]);
  });

  it("leaves the API, files, static assets and router prefetches to Next.js untouched", async () => {
    for (const path of ["/api/v1/plans", "/api/auth/csrf", "/ical/abc.ics", "/files/x", "/_next/static/chunks/a.js", "/favicon.ico"]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-security-policy"), path).toBeNull();
    }
    const prefetch = await get("/plans", { "next-router-prefetch": "1" });
    expect(prefetch.status).toBe(200);
    expect(seen.map((s) => s.headers["content-security-policy"])).toEqual(Array(7).fill(undefined));
    expect(seen.map((s) => s.headers[FRONT_DOOR_HEADER])).toEqual(Array(7).fill(undefined));
  });

  it("refuses a write to a page from another site with a problem, before Next.js", async () => {
    const response = await fetch(`${base}/plans/new`, { method: "POST", headers: { origin: "https://evil.example", cookie: await sessionCookie() }, body: "x=1" });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await response.json()).toMatchObject({ status: 403, detail: "Yêu cầu từ trang web khác bị từ chối." });
    expect(seen).toHaveLength(0);
  });

  it("answers a page with 503 while the database is down, and lets the client router's requests through", async () => {
    registerDatabaseProbe(() => Promise.reject(new Error("down")));
    noteDatabaseUnavailable();
    const cookie = await sessionCookie();
    const response = await get("/plans?year=2027", { cookie });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("10");
    expect(await response.text()).toContain('href="/plans?year=2027"');
    expect(seen).toHaveLength(0);
    expect((await get("/plans", { cookie, rsc: "1" })).status).toBe(200);
    registerDatabaseProbe(() => Promise.resolve());
  });
});

describe("proxy.ts's matcher, as Next.js evaluates it", () => {
  it("runs the proxy for a page the front door did not check, and never for one it did", () => {
    const matches = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config: proxyConfig, url, headers });
    expect(matches("/plans")).toBe(true);
    expect(matches("/plans", { [FRONT_DOOR_HEADER]: "1" })).toBe(false);
    expect(matches("/api/v1/plans")).toBe(false);
    expect(matches("/plans", { "next-router-prefetch": "1" })).toBe(false);
  });
});

describe("parseCookieHeader", () => {
  it("reads names and values as browsers send them", () => {
    expect(parseCookieHeader(undefined)).toEqual({});
    expect(parseCookieHeader("a=1; next-auth.session-token=eyJ.x.y; b=%E1%BB%87; c=\"q\"; bad; d=%E0")).toEqual({ a: "1", "next-auth.session-token": "eyJ.x.y", b: "ệ", c: "q", d: "%E0" });
    expect(parseCookieHeader("a=first; a=second")).toEqual({ a: "first" });
  });
});
