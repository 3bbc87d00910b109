import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listUnitWork } from "@/lib/activities/work-queries";
import { workFiltersSchema } from "@/lib/activities/schemas";
import { listUnits } from "@/lib/units/queries";
import { orPageError } from "@/lib/page";
import { baseUrl } from "@/lib/base-url";
import { unitFeed } from "@/lib/calendar-feeds/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { WorkFilters } from "@/components/activities/work-filters";
import { WorkGroups } from "@/components/activities/work-groups";
import { FeedPanel } from "@/components/calendar/feed-panel";

export const metadata: Metadata = { title: "Việc của đơn vị" };

export default async function MyWorkPage({ searchParams }: PageProps<"/my-work">) {
  const user = await requireUser();
  const filters = workFiltersSchema.parse(await searchParams);
  const units = (await listUnits(user)).filter((u) => u.kind !== "GROUP");
  const unitId = filters.unit ?? user.unitId ?? units[0]?.id;
  if (!unitId) {
    return (
      <>
        <PageHeader title="Việc của đơn vị" />
        <EmptyState title="Tài khoản chưa thuộc đơn vị nào">Hãy nhờ quản trị gán đơn vị cho tài khoản của bạn.</EmptyState>
      </>
    );
  }
  const { page, unit: _unit, ...rest } = filters;
  const work = await orPageError(listUnitWork(user, { unitId, planId: rest.plan, year: rest.year, role: rest.role, status: rest.status, due: rest.due, q: rest.q }, undefined, { page }));
  const feed = await unitFeed(user, work.unit.id);
  const href = (extra: Record<string, string | number | undefined>) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries({ unit: unitId, ...rest, ...extra })) if (v !== undefined && v !== "") query.set(k, String(v));
    return `/my-work?${query}`;
  };
  const shown = work.groups.reduce((n, g) => n + g.count, 0);
  const filtered = Boolean(rest.plan || rest.role || rest.status || rest.q || rest.due || rest.year);
  return (
    <>
      <PageHeader title="Việc của đơn vị" description={`${work.unit.name}: các hoạt động của kế hoạch đang triển khai mà đơn vị chủ trì hoặc phối hợp.`} />
      <WorkFilters filters={filters} unitId={unitId} units={units} plans={work.plans} />
      {work.total === 0 ? (
        <EmptyState title="Đơn vị chưa có việc trong kế hoạch đang triển khai">Khi kế hoạch có tên đơn vị được ban hành, các hoạt động sẽ hiện ở đây.</EmptyState>
      ) : shown === 0 && filtered ? (
        <EmptyState title="Không có hoạt động phù hợp bộ lọc">Thử bỏ bớt điều kiện lọc.</EmptyState>
      ) : (
        <WorkGroups groups={work.groups} chosen={Boolean(rest.due)} href={href} />
      )}
      <div className="mt-6">
        <FeedPanel baseUrl={await baseUrl()} feed={feed} target={{ kind: "unit", id: work.unit.id }} />
      </div>
    </>
  );
}
