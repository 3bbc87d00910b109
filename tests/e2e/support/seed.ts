// Data an e2e test makes for itself, straight into the e2e database (the one
// scripts/start.ts --e2e prepared), with the same plan writer as the demo
// seed and the integration factories: an organisation of its own, so no
// other test sees it.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";
import { searchTextOf } from "@/lib/text";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { createPlanFromSpec } from "@/prisma/seed/plan-spec";

export const SEED_PASSWORD = "mat-khau-e2e-2026";

let client: Db | undefined;

/** A client on the e2e database. */
export function e2eDb(): Db {
  const dataDir = path.resolve(import.meta.dirname, "../../..", process.env.KEHOACH_DATA_DIR ?? ".data/e2e");
  client ??= createPrismaClient(readFileSync(path.join(dataDir, "database-url"), "utf8").trim(), { poolSize: 2 });
  return client;
}

/** An organisation with one unit, its staff user and an issued plan whose one activity is due in two days. */
export async function dueSoonWorld() {
  const db = e2eDb();
  const tag = randomUUID().slice(0, 8);
  const organization = await db.organization.create({
    data: { name: `Sở KH&CN e2e ${tag}`, headerName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", parentName: "UBND TỈNH E2E", code: "SKHCN", place: "E2E" },
  });
  const unitName = `Phòng e2e ${tag}`;
  const unit = await db.unit.create({ data: { organizationId: organization.id, name: unitName, shortName: unitName, kind: "INTERNAL", searchText: searchTextOf(unitName, unitName) } });
  const staff = await db.user.create({
    data: { organizationId: organization.id, unitId: unit.id, username: `e2e-${tag}`, displayName: `Cán bộ e2e ${tag}`, role: "STAFF", passwordHash: await hashPassword(SEED_PASSWORD) },
  });
  const today = todayInVietnam();
  const content = `Tổng hợp báo cáo e2e ${tag}`;
  const planId = await createPlanFromSpec(db, {
    organizationId: organization.id,
    title: `Kế hoạch e2e ${tag}`,
    year: Number(today.slice(0, 4)),
    place: "E2E",
    status: "ISSUED",
    number: 1,
    issueDate: today,
    phases: [{ title: "Triển khai", start: shiftDate(today, -5), end: shiftDate(today, 5), activities: [{ content, lead: unit.id, end: shiftDate(today, 2) }] }],
  });
  const activity = await db.activity.findFirstOrThrow({ where: { planId }, select: { id: true } });
  return { organization, unit, staff, planId, activityId: activity.id, content };
}
