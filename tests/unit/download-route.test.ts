// Evidence files and generated documents while the database is down: 503 with
// Retry-After, like the API (files are not pages, so proxy.ts does not answer them).
import { describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ fail: null as Error | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => {
    if (session.fail) throw session.fail;
    return { id: "u1", organizationId: "o1", role: "STAFF" };
  },
}));

const { downloadRoute } = await import("@/lib/documents/download");
const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

describe("downloadRoute", () => {
  it("answers 503 with Retry-After when the session lookup cannot reach the database", async () => {
    session.fail = refused();
    const route = downloadRoute(async () => ({ bytes: new Uint8Array([1]), fileName: "a.pdf", contentType: "application/pdf" }));
    const response = await route(new Request("http://localhost/files/x"), {});
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("10");
    expect(await response.text()).toMatch(/^Hệ thống tạm thời không kết nối được cơ sở dữ liệu\./);
  });

  it("answers 503 when the file cannot be read, and still 500 for anything else", async () => {
    session.fail = null;
    expect((await downloadRoute(async () => Promise.reject(refused()))(new Request("http://localhost/files/x"), {})).status).toBe(503);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = await downloadRoute(async () => Promise.reject(new Error("bug")))(new Request("http://localhost/files/x"), {});
    expect(broken.status).toBe(500);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
