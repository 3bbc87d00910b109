import { apiRoute } from "@/lib/api/route";
import { API } from "@/lib/api/routes";
import { db } from "@/lib/db";
import { listUnits } from "@/lib/units/queries";
import { homeDashboard } from "@/lib/dashboard/queries";
import { emptyProgress } from "@/lib/dashboard/counting";
import { fromDbDateOrNull, todayInVietnam } from "@/lib/dates";
import { openApiDocument } from "@/lib/api/openapi";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { noteDatabaseUnavailable } from "@/lib/db-health";
import { DB_RETRY_AFTER_SECONDS } from "@/lib/db-unavailable";

export const health = apiRoute(API.health, async () => {
  const time = new Date().toISOString();
  try {
    await db.$queryRaw`SELECT 1`;
    return { body: { status: "ok", database: "ok", time } };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    noteDatabaseUnavailable();
    return { status: 503 as 200, body: { status: "unavailable", database: "unavailable", time }, headers: { "Retry-After": String(DB_RETRY_AFTER_SECONDS) } };
  }
});

export const openapi = apiRoute(API.openapi, async () => ({ body: openApiDocument(), headers: { "Cache-Control": "public, max-age=300" } }));

export const units = apiRoute(API.listUnits, async ({ user }) => ({
  body: { items: (await listUnits(user, { includeInactive: true })).map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, kind: u.kind, active: u.active, closedAt: fromDbDateOrNull(u.closedAt), mergedIntoId: u.mergedIntoId })) },
}));

export const dashboard = apiRoute(API.dashboard, async ({ user, query }) => {
  const today = todayInVietnam();
  const { plans, units, upcoming, updates } = await homeDashboard(user, { year: query.year }, today);
  const totals = emptyProgress();
  // The same figure over all plans (lib/dashboard/progress.ts): each plan's mean weighted by the activities it counts.
  let progressSum = 0;
  for (const p of plans) {
    totals.total += p.total;
    totals.done += p.done;
    totals.inProgress += p.inProgress;
    totals.blocked += p.blocked;
    totals.overdue += p.overdue;
    totals.dueThisWeek += p.dueThisWeek;
    totals.cancelled += p.cancelled;
    progressSum += p.averageProgress * (p.total - p.cancelled);
  }
  const counted = totals.total - totals.cancelled;
  totals.averageProgress = counted ? Math.round(progressSum / counted) : 0;
  return {
    body: {
      year: query.year ?? null,
      today,
      plans: plans.map(({ id, numberLabel, displayTitle, year, ...progress }) => ({ id, number: numberLabel, displayTitle, year, progress })),
      totals,
      units,
      upcoming,
      latestUpdates: updates.map((update) => ({ ...update, at: update.at.toISOString() })),
    },
  };
});
