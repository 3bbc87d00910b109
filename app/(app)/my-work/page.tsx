import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { listUnitWork } from "@/lib/activities/queries";
import { listUnits } from "@/lib/units/queries";
import { WORK_GROUP_LABELS, type WorkGroup } from "@/lib/activities/rules";
import { ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { orPageError } from "@/lib/page";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { controlClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { WorkRow } from "@/components/activities/work-row";
import { FeedPanel } from "@/components/calendar/feed-panel";
import { baseUrl } from "@/lib/base-url";
import { unitFeed } from "@/lib/calendar-feeds/queries";

export const metadata: Metadata = { title: "Việc của đơn vị" };

const filtersSchema = z.object({
  unit: z.uuid().optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  due: z.enum(["overdue", "week", "upcoming", "done"]).optional().catch(undefined),
  plan: z.uuid().optional().catch(undefined),
  role: z.enum(["lead", "support"]).optional().catch(undefined),
  status: z.enum(ACTIVITY_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

// A busy unit has hundreds of rows: each group shows its first rows and links
// to the whole group, which pages by PAGE_SIZE. Done work matters least here.
const GROUP_PREVIEW: Record<WorkGroup, number> = { overdue: 25, week: 25, upcoming: 10, done: 5 };
const PAGE_SIZE = 50;

export default async function MyWorkPage({ searchParams }: PageProps<"/my-work">) {
  const user = await requireUser();
  const filters = filtersSchema.parse(await searchParams);
  // Everyone may look at any unit's list (the plans are readable to all); what they may change stays theirs.
  const canPick = true;
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
  const work = await orPageError(
    listUnitWork(user, { unitId, planId: filters.plan, year: filters.year, role: filters.role, status: filters.status, due: filters.due, q: filters.q }),
  );
  const shown = work.groups.reduce((n, g) => n + g.items.length, 0);
  const href = (extra: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    const all = { unit: unitId, year: filters.year, plan: filters.plan, role: filters.role, status: filters.status, q: filters.q, due: filters.due, ...extra };
    for (const [k, v] of Object.entries(all)) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/my-work?${q}`;
  };
  const feed = await unitFeed(user, work.unit.id);
  const filtered = Boolean(filters.plan || filters.role || filters.status || filters.q || filters.due || filters.year);
  return (
    <>
      <PageHeader
        title="Việc của đơn vị"
        description={`${work.unit.name}: các hoạt động của kế hoạch đang triển khai mà đơn vị chủ trì hoặc phối hợp.`}
      />
      <form method="get" aria-label="Lọc việc của đơn vị" className="mb-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end">
        {canPick ? (
          <div className="text-sm">
            <label htmlFor="filter-unit" className="mb-1 block font-medium">
              Đơn vị
            </label>
            <select id="filter-unit" name="unit" defaultValue={unitId} className={controlClass()}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="text-sm">
          <label htmlFor="filter-plan" className="mb-1 block font-medium">
            Kế hoạch
          </label>
          <select id="filter-plan" name="plan" defaultValue={filters.plan ?? ""} className={controlClass()}>
            <option value="">Tất cả</option>
            {work.plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.numberLabel ? `${p.numberLabel} · ` : ""}
                {p.displayTitle}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="filter-role" className="mb-1 block font-medium">
            Vai trò
          </label>
          <select id="filter-role" name="role" defaultValue={filters.role ?? ""} className={controlClass()}>
            <option value="">Chủ trì và phối hợp</option>
            <option value="lead">Chủ trì</option>
            <option value="support">Phối hợp</option>
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="filter-status" className="mb-1 block font-medium">
            Trạng thái
          </label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={controlClass()}>
            <option value="">Tất cả</option>
            {ACTIVITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTIVITY_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="filter-q" className="mb-1 block font-medium">
            Tìm
          </label>
          <input type="search" id="filter-q" name="q" defaultValue={filters.q ?? ""} placeholder="vd. dai phat thanh" className={controlClass()} />
        </div>
        {filters.year ? <input type="hidden" name="year" value={filters.year} /> : null}
        {filters.due ? <input type="hidden" name="due" value={filters.due} /> : null}
        <button type="submit" className={buttonClass("secondary")}>
          Lọc
        </button>
        {filters.due ? (
          <p className="text-sm text-slate-700 sm:col-span-2 lg:col-span-6">
            Đang xem: <strong>{WORK_GROUP_LABELS[filters.due]}</strong>
            {filters.year ? ` · năm ${filters.year}` : ""}.{" "}
            <a className="text-brand-700 underline underline-offset-2" href={`/my-work?unit=${unitId}`}>
              Xem tất cả
            </a>
          </p>
        ) : null}
      </form>
      {work.total === 0 ? (
        <EmptyState title="Đơn vị chưa có việc trong kế hoạch đang triển khai">Khi kế hoạch có tên đơn vị được ban hành, các hoạt động sẽ hiện ở đây.</EmptyState>
      ) : shown === 0 && filtered ? (
        <EmptyState title="Không có hoạt động phù hợp bộ lọc">Thử bỏ bớt điều kiện lọc.</EmptyState>
      ) : (
        <div className="space-y-6">
          {work.groups.map(({ group, items }) => {
            const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
            const pageNo = Math.min(filters.page, pages);
            const visible = filters.due ? items.slice((pageNo - 1) * PAGE_SIZE, pageNo * PAGE_SIZE) : items.slice(0, GROUP_PREVIEW[group]);
            return (
              <section key={group} aria-labelledby={`group-${group}`}>
                <h2 id={`group-${group}`} className="mb-2 flex items-center gap-2 text-lg font-semibold text-slate-900">
                  {WORK_GROUP_LABELS[group]} <span className="text-sm font-normal text-slate-500">({items.length})</span>
                </h2>
                {visible.length ? (
                  <ul className="space-y-2">
                    {visible.map((item) => (
                      <WorkRow key={item.id} item={item} />
                    ))}
                  </ul>
                ) : (
                  <p className="text-sm text-slate-500">Không có.</p>
                )}
                {!filters.due && items.length > visible.length ? (
                  <p className="mt-2 text-sm">
                    <a className="link" href={href({ due: group, page: undefined })}>
                      Xem tất cả {items.length} việc “{WORK_GROUP_LABELS[group].toLocaleLowerCase("vi")}”
                    </a>
                  </p>
                ) : null}
                {filters.due && pages > 1 ? (
                  <nav aria-label={`Trang của nhóm ${WORK_GROUP_LABELS[group]}`} className="mt-3 flex items-center gap-3 text-sm">
                    {pageNo > 1 ? (
                      <a className="link" href={href({ page: pageNo - 1 })} rel="prev">
                        ← Trang trước
                      </a>
                    ) : null}
                    <span>
                      Trang {pageNo}/{pages}
                    </span>
                    {pageNo < pages ? (
                      <a className="link" href={href({ page: pageNo + 1 })} rel="next">
                        Trang sau →
                      </a>
                    ) : null}
                  </nav>
                ) : null}
              </section>
            );
          })}
        </div>
      )}
      <div className="mt-6">
        <FeedPanel baseUrl={await baseUrl()} feed={feed} target={{ kind: "unit", id: work.unit.id }} />
      </div>
    </>
  );
}
