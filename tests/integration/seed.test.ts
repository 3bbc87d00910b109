import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/prisma/seed/demo";

describe("demo seed", () => {
  it("never seeds twice nor over existing data", async () => {
    const before = await db.plan.count();
    const result = await seedDemo(db);
    expect(result.seeded).toBe(false);
    expect(result.reason).toContain("đã có dữ liệu");
    expect(await db.plan.count()).toBe(before);
  });

  it("seeded every demo sign-in with its role", async () => {
    const users = await db.user.findMany({
      where: { username: { in: ["admin", "lanhdao", "vanphong", "qlcn", "qlkh", "trungtam", "chicuc", "xem", "caobang", "vanthu"] } },
      select: { username: true, role: true, unit: { select: { shortName: true } } },
      orderBy: { username: "asc" },
    });
    expect(users.map((u) => [u.username, u.role])).toEqual([
      ["admin", "ADMIN"],
      ["caobang", "LEADER"],
      ["chicuc", "STAFF"],
      ["lanhdao", "LEADER"],
      ["qlcn", "STAFF"],
      ["qlkh", "STAFF"],
      ["trungtam", "STAFF"],
      ["vanphong", "STAFF"],
      ["vanthu", "VAN_THU"],
      ["xem", "VIEWER"],
    ]);
  });
});

describe("demo e-mail addresses", () => {
  it("gives every demo user an address on the reserved .example domain (RFC 2606: never delivered), so the outbox shows real recipients", async () => {
    const users = await db.user.findMany({
      where: { username: { in: ["admin", "lanhdao", "qlkh", "xem", "caobang"] } },
      select: { username: true, email: true, mailPreference: true },
      orderBy: { username: "asc" },
    });
    expect(users.map((u) => [u.username, u.email, u.mailPreference])).toEqual([
      ["admin", "admin@kehoach.example", "IMMEDIATE"],
      ["caobang", "caobang@kehoach.example", "IMMEDIATE"],
      ["lanhdao", "lanhdao@kehoach.example", "IMMEDIATE"],
      ["qlkh", "qlkh@kehoach.example", "IMMEDIATE"],
      ["xem", "xem@kehoach.example", "IMMEDIATE"],
    ]);
  });
});
