import "server-only";
import { db } from "@/lib/db";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allOf } from "@/lib/auth/filters";
import type { SessionUser } from "@/lib/auth/user";
import { todayInVietnam, toDbDate } from "@/lib/dates";
import { decodeCursor, page } from "@/lib/api/cursor";
import { readableActivitiesWhere } from "@/lib/activities/access";
import { CLOSED_STATUSES } from "@/lib/activities/rules";
import { activityRowSelect, toActivityRow, unitWorkWhere, type WorkRole } from "@/lib/activities/read-model";

export type ActivityQuery = {
  unitId?: string;
  role?: WorkRole;
  status?: ActivityStatus;
  overdue?: boolean;
  planId?: string;
  cursor?: string;
  limit: number;
};

/** Activities (and sub-tasks) for the API: filtered in SQL, one page at a time, ordered by id. */
export async function listActivitiesPage(user: SessionUser, query: ActivityQuery, today = todayInVietnam()) {
  const cursorId = decodeCursor(query.cursor);
  const rows = await db.activity.findMany({
    // Each filter in AND: none replaces another's key (overdue's status used to replace the status asked for).
    where: allOf<Prisma.ActivityWhereInput>(
      readableActivitiesWhere(user),
      query.unitId && unitWorkWhere(query.unitId, { role: query.role }),
      query.status && { status: query.status },
      query.planId && { planId: query.planId },
      query.overdue === true && { endDate: { lt: toDbDate(today) }, status: { notIn: [...CLOSED_STATUSES] }, plan: { status: "ISSUED" } },
      query.overdue === false && { NOT: { endDate: { lt: toDbDate(today) }, status: { notIn: [...CLOSED_STATUSES] } } },
      cursorId && { id: { gt: cursorId } },
    ),
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: activityRowSelect,
  });
  const { items, nextCursor } = page(rows, query.limit);
  return {
    nextCursor,
    items: items.map((row) => toActivityRow(row, today)),
  };
}
