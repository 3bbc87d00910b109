import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { workFiltersSchema } from "@/lib/activities/schemas";
import { todayInVietnam } from "@/lib/dates";
import { baseUrl } from "@/lib/base-url";
import { unitFeed } from "@/lib/calendar-feeds/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { WorkFilters } from "@/components/activities/work-filters";
import { WorkList } from "@/components/activities/work-list";
import { cachedUnitChoices, readUnitWorkView } from "@/components/activities/cached-work";
import { FeedPanel } from "@/components/calendar/feed-panel";

export const metadata: Metadata = { title: "Việc của đơn vị" };

export default async function MyWorkPage({ searchParams }: PageProps<"/my-work">) {
  const user = await requireUser();
  const filters = workFiltersSchema.parse(await searchParams);
  const units = await cachedUnitChoices(user.organizationId);
  const unitId = filters.unit ?? user.unitId ?? units.firstId;
  if (!unitId) {
    return (
      <>
        <PageHeader title="Việc của đơn vị" />
        <EmptyState title="Tài khoản chưa thuộc đơn vị nào">Hãy nhờ quản trị gán đơn vị cho tài khoản của bạn.</EmptyState>
      </>
    );
  }
  const { page, unit: _unit, ...rest } = filters;
  // The list of the user's own organisation only: another organisation's unit is not found.
  const work = await readUnitWorkView(user.organizationId, unitId, { planId: rest.plan, year: rest.year, role: rest.role, status: rest.status, due: rest.due, q: rest.q }, todayInVietnam(), page);
  if (!work) notFound();
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
      <WorkFilters filters={filters} unitId={unitId} unitOptions={units.options} planOptions={work.planOptions} />
      {work.total === 0 ? (
        <EmptyState title="Đơn vị chưa có việc trong kế hoạch đang triển khai">Khi kế hoạch có tên đơn vị được ban hành, các hoạt động sẽ hiện ở đây.</EmptyState>
      ) : shown === 0 && filtered ? (
        <EmptyState title="Không có hoạt động phù hợp bộ lọc">Thử bỏ bớt điều kiện lọc.</EmptyState>
      ) : (
        <WorkList user={user} view={work} chosen={Boolean(rest.due)} href={href} />
      )}
      <div className="mt-6">
        <FeedPanel baseUrl={await baseUrl()} feed={feed} target={{ kind: "unit", id: work.unit.id }} />
      </div>
    </>
  );
}
