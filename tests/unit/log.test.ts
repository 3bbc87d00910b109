import { describe, expect, it } from "vitest";
import { logLine } from "@/lib/log";

describe("structured logs", () => {
  it("write one JSON line with time, level, message and the fields", () => {
    const line = JSON.parse(logLine("info", "api", { requestId: "r-1", userId: "u-1", route: "GET /plans", status: 200, durationMs: 12 }));
    expect(line).toMatchObject({ level: "info", message: "api", requestId: "r-1", userId: "u-1", route: "GET /plans", status: 200, durationMs: 12 });
    expect(new Date(line.time).toString()).not.toBe("Invalid Date");
  });

  it("never carry passwords, tokens or session secrets, whatever the caller passed", () => {
    const text = logLine("error", "sign-in failed for Bearer kh_abcdefghijklmnop", {
      password: "demo1234",
      newPassword: "x",
      token: "kh_abcdefghijklmnop",
      authorization: "Bearer kh_abcdefghijklmnop",
      cookie: "next-auth.session-token=eyJ…",
      passwordHash: "$argon2id$…",
      nested: { apiToken: "kh_zzzzzzzzzzzz", url: "postgresql://kehoach:S3cret!@db:5432/kehoach", note: "token kh_qqqqqqqqqqqq in text" },
    });
    for (const secret of ["demo1234", "kh_abcdefghijklmnop", "kh_zzzzzzzzzzzz", "kh_qqqqqqqqqqqq", "S3cret!", "eyJ", "argon2id"]) expect(text).not.toContain(secret);
    const line = JSON.parse(text);
    expect(line.nested.url).toBe("postgresql://kehoach:…@db:5432/kehoach");
    expect(line.nested.note).toBe("token kh_… in text");
  });
});
