// Users' e-mail settings (set by an administrator or by the user) and the outbox page's rights.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateOwnMail, updateUser } from "@/lib/users/service";
import { listOutbox } from "@/lib/mail/queries";
import { notifyUsers } from "@/lib/notifications/service";
import { createWorld, inTransaction } from "./support/factories";

describe("mail settings", () => {
  it("an administrator sets a user's address and preference, and the audit log records it", async () => {
    const w = await createWorld();
    const before = await db.user.findUniqueOrThrow({ where: { id: w.staffA.id } });
    await inTransaction((tx) =>
      updateUser(tx, w.admin, { id: w.staffA.id, version: before.version, displayName: before.displayName, jobTitle: "", role: "STAFF", unitId: w.unitA.id, email: "can-bo.a@thu-nghiem.gov.vn", mailPreference: "DIGEST" }),
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: w.staffA.id } })).toMatchObject({ email: "can-bo.a@thu-nghiem.gov.vn", mailPreference: "DIGEST", version: before.version + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: w.staffA.id, action: "update" } });
    expect(audit.after).toMatchObject({ email: "can-bo.a@thu-nghiem.gov.vn", mailPreference: "DIGEST" });
    // A form without the mail fields leaves them as they are.
    await inTransaction((tx) => updateUser(tx, w.admin, { id: w.staffA.id, version: before.version + 1, displayName: "Tên mới", jobTitle: "", role: "STAFF", unitId: w.unitA.id }));
    expect(await db.user.findUniqueOrThrow({ where: { id: w.staffA.id } })).toMatchObject({ displayName: "Tên mới", email: "can-bo.a@thu-nghiem.gov.vn", mailPreference: "DIGEST" });
  });

  it("a user sets their own; a stale version is a conflict and changes nothing", async () => {
    const w = await createWorld();
    const { version } = await db.user.findUniqueOrThrow({ where: { id: w.viewer.id } });
    await inTransaction((tx) => updateOwnMail(tx, w.viewer, { version, email: "nguoi-xem@thu-nghiem.gov.vn", mailPreference: "OFF" }));
    await expect(inTransaction((tx) => updateOwnMail(tx, w.viewer, { version, email: "khac@thu-nghiem.gov.vn" }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.user.findUniqueOrThrow({ where: { id: w.viewer.id } })).toMatchObject({ email: "nguoi-xem@thu-nghiem.gov.vn", mailPreference: "OFF", version: version + 1 });
    expect(await db.auditLog.count({ where: { entityId: w.viewer.id, action: "update-mail" } })).toBe(1);
  });
});

describe("the outbox page", () => {
  it("shows an administrator their organisation's mail, and refuses everyone else", async () => {
    const w = await createWorld();
    const other = await createWorld();
    for (const world of [w, other]) {
      await db.user.update({ where: { id: world.leader.id }, data: { email: `lanh-dao-${world.organization.id}@thu-nghiem.gov.vn` } });
      await inTransaction((tx) => notifyUsers(tx, world.organization.id, [world.leader.id], { kind: "test", title: "Kế hoạch chờ duyệt: Thử", link: "/plans" }));
    }
    const outbox = await listOutbox(w.admin);
    expect(outbox.messages.map((m) => m.toAddress)).toEqual([`lanh-dao-${w.organization.id}@thu-nghiem.gov.vn`]);
    // One message, whatever state it is in by now (tests/integration/mail.test.ts may send the outbox meanwhile).
    expect(outbox.counts.PENDING + outbox.counts.SENT + outbox.counts.FAILED).toBe(1);
    for (const user of [w.leader, w.staffA, w.viewer]) await expect(listOutbox(user)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
