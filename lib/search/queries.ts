import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/user";
import { foldVietnamese } from "@/lib/text";
import { readablePlansWhere } from "@/lib/plans/access";
import { readableActivitiesWhere } from "@/lib/activities/access";
import { allOf } from "@/lib/auth/filters";
import { visibleUnitsWhere } from "@/lib/units/access";
import { planDisplayTitle } from "@/lib/plans/document";
import { planNumberLabel } from "@/lib/plans/numbering";
import { planQueryWhere } from "@/lib/search/plan-number";

const LIMIT = 20;

/** Plans, activities and units whose folded text holds every word ("hoi thao" finds "Hội thảo"). */
export async function searchEverything(user: SessionUser, q: string) {
  const words = foldVietnamese(q)
    .split(" ")
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (!words.length) return { words, plans: [], activities: [], units: [] };
  const match = words.map((word) => ({ searchText: { contains: word } }));
  const [plans, activities, units] = await Promise.all([
    db.plan.findMany({
      // A number ("12/KH-SKHCN", "số 12") finds the plan so numbered, besides plans holding the words.
      where: allOf(readablePlansWhere(user), planQueryWhere(q)),
      orderBy: [{ year: "desc" }],
      take: LIMIT,
      select: { id: true, title: true, year: true, status: true, number: true, symbol: true, organization: { select: { code: true } } },
    }),
    db.activity.findMany({
      where: allOf(readableActivitiesWhere(user), ...match),
      orderBy: [{ endDate: "desc" }],
      take: LIMIT,
      select: { id: true, content: true, status: true, leadUnit: { select: { shortName: true } }, plan: { select: { title: true, year: true } } },
    }),
    db.unit.findMany({
      where: allOf(visibleUnitsWhere(user), ...match),
      orderBy: { sortOrder: "asc" },
      take: LIMIT,
      select: { id: true, name: true, shortName: true, active: true },
    }),
  ]);
  return {
    words,
    plans: plans.map((p) => ({
      id: p.id,
      displayTitle: planDisplayTitle(p.title),
      year: p.year,
      status: p.status,
      numberLabel: planNumberLabel(p),
    })),
    activities: activities.map((a) => ({ id: a.id, content: a.content, status: a.status, lead: a.leadUnit.shortName, plan: `${planDisplayTitle(a.plan.title)}` })),
    units,
  };
}
