// The header bell's unread count (lib/notifications/unread-cache.ts): read once
// a second per instance instead of once per page view, and never showing a
// stale count on the instance that changed it. Another instance (a second,
// independent cache on a clock the test moves, as another app process on the
// same database) sees the change once its second has passed.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withQueryCount } from "@/lib/db-metrics";
import { unreadForBell } from "@/lib/notifications/queries";
import { createUnreadCounts } from "@/lib/notifications/unread-cache";
import { SESSION_USER_TTL_MS } from "@/lib/auth/session-cache";
import { insertNotifications, markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/service";
import { resolvePlanWaiting } from "@/lib/notifications/plan-leaders";
import { createWorld, inTransaction } from "./support/factories";

async function bellOnTwoInstances() {
  const world = await createWorld();
  const clock = { now: Date.now() };
  const other = createUnreadCounts({ now: () => clock.now });
  const onThis = () => unreadForBell(world.staffA);
  const onOther = () => unreadForBell(world.staffA, other);
  const notify = (planId: string | null = null, kind = "plan.returned") =>
    inTransaction((tx) => insertNotifications(tx, [{ organizationId: world.organization.id, userId: world.staffA.id, kind, title: "Kế hoạch bị trả lại", link: "/plans", planId }]));
  return { world, clock, onThis, onOther, notify };
}

describe("the bell's unread count", () => {
  it("costs one statement a second, not one per page view", async () => {
    const { onThis } = await bellOnTwoInstances();
    const first = await withQueryCount(onThis);
    expect(first).toEqual({ result: 0, queries: 1 });
    const again = await withQueryCount(onThis);
    expect(again).toEqual({ result: 0, queries: 0 });
  });

  it("a notification stored on this instance shows at once; on another once its second has passed", async () => {
    const { clock, onThis, onOther, notify } = await bellOnTwoInstances();
    expect(await onThis()).toBe(0);
    expect(await onOther()).toBe(0);
    await notify();
    expect(await onThis()).toBe(1);
    expect(await onOther()).toBe(0);
    clock.now += SESSION_USER_TTL_MS;
    expect(await onOther()).toBe(1);
  });

  it("reading one, reading all, and a plan leaving review are seen at once on this instance", async () => {
    const { world, onThis, notify } = await bellOnTwoInstances();
    const planId = randomUUID();
    await notify();
    await notify();
    await notify(planId, "plan.submitted");
    expect(await onThis()).toBe(3);
    const [one] = await inTransaction((tx) => tx.notification.findMany({ where: { userId: world.staffA.id, planId: null }, take: 1 }));
    await inTransaction((tx) => markNotificationRead(tx, world.staffA, { id: one!.id }));
    expect(await onThis()).toBe(2);
    await inTransaction((tx) => resolvePlanWaiting(tx, planId));
    expect(await onThis()).toBe(1);
    await inTransaction((tx) => markAllNotificationsRead(tx, world.staffA));
    expect(await onThis()).toBe(0);
  });
});
