// Steps 1 and 3: a tenth of the data first (to compare query counts with the
// full set), then the rest in the same organisation.
import type { Db } from "@/lib/db-client";
import { seedLarge, seedSizedPlans, type LargeSeedResult } from "../seed-large";

/** The plan page is measured at these sizes (activities, sub-tasks included). */
export const PLAN_SIZES = [40, 240, 1000];

export type SmallSeed = { small: LargeSeedResult; seconds: number };

export async function seedSmall(db: Db, log: (line: string) => void): Promise<SmallSeed> {
  const t = Date.now();
  const small = await seedLarge(db, { planCount: 40, log });
  const seconds = (Date.now() - t) / 1000;
  log(`Đã nạp 1/10 dữ liệu: ${small.plans} kế hoạch, ${small.activities} hoạt động, ${small.updates} cập nhật trong ${seconds.toFixed(1)} s.`);
  return { small, seconds };
}

export async function seedFull(db: Db, { small, seconds: smallSeconds }: SmallSeed, log: (line: string) => void) {
  const t = Date.now();
  const full = await seedLarge(db, { planCount: 360, organizationId: small.organizationId, seed: 7 });
  const sized = await seedSizedPlans(db, small.organizationId, PLAN_SIZES);
  log(`Kế hoạch theo cỡ: ${sized.map((p) => `${p.activities} hoạt động`).join(", ")}.`);
  const seedSeconds = smallSeconds + (Date.now() - t) / 1000;
  const where = { where: { organizationId: small.organizationId } };
  const counts = {
    units: await db.unit.count(where),
    users: await db.user.count(where),
    plans: await db.plan.count(where),
    activities: await db.activity.count(where),
    updates: await db.activityUpdate.count(where),
  };
  log(`Dữ liệu lớn: ${JSON.stringify(counts)}; nạp trong ${seedSeconds.toFixed(1)} s.`);
  return { full, sized, counts, seedSeconds };
}
