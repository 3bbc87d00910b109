import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { cachedHomePlans, cachedHomeUnitTable, cachedLatestUpdates, cachedUpcoming, PLAN_CARDS } from "@/lib/dashboard/cached";
import { readableActivitiesWhere } from "@/lib/activities/access";
import { ownWorkUnitId } from "@/lib/units/access";
import { todayInVietnam } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { YearForm } from "@/components/ui/year-form";
import { ProgressRule } from "@/components/dashboard/progress-rule";
import { SORT_KEYS, UNIT_ROWS, UnitTableFrame } from "@/components/dashboard/unit-table";
import { SoftNavigationArea } from "@/components/shell/soft-navigation-area";
import { latestUpdatesHtml } from "@/components/dashboard/upcoming-list";
import { roleCan } from "@/lib/auth/roles";
import { buttonClass } from "@/components/ui/button";
import { Markup } from "@/components/ui/markup";

export const metadata: Metadata = { title: "Tổng quan" };

const paramsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  sort: z.enum(SORT_KEYS).catch("lead.overdue"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  units: z.enum(["all"]).optional().catch(undefined),
  plans: z.enum(["all"]).optional().catch(undefined),
});

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const user = await requireUser();
  const params = paramsSchema.parse(await searchParams);
  const year = params.year ?? null;
  const today = todayInVietnam();
  // What every user of the organisation sees (issued plans) comes from the cache, made of each plan's own figures
  // (lib/dashboard/cached.ts). The latest updates may come from drafts: they are cached per filter of readable
  // activities (the user's rule applied, never the user), and "your unit" stays per user.
  const ownUnitId = ownWorkUnitId(user);
  const [plans, table, upcoming, updates] = await Promise.all([
    cachedHomePlans(user.organizationId, year, today, params.plans === "all"),
    cachedHomeUnitTable(user.organizationId, year, today, {
      sort: params.sort,
      dir: params.dir,
      expanded: params.units === "all",
      ownUnitId,
      highlightUnitId: user.unitId,
      attentionLinks: roleCan(user.role, "attention.read"),
    }),
    cachedUpcoming(user.organizationId, year, today),
    cachedLatestUpdates(user.organizationId, readableActivitiesWhere(user)),
  ]);
  const query = (extra: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ year: params.year, sort: params.sort, dir: params.dir, units: params.units, plans: params.plans, ...extra })) if (v !== undefined) q.set(k, String(v));
    return `/?${q}`;
  };
  const mine = table.mine;
  const listHref = (unitId: string, filter: Record<string, string>) =>
    `/my-work?${new URLSearchParams({ unit: unitId, ...(params.year ? { year: String(params.year) } : {}), ...filter })}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Tổng quan"
        description={`Xin chào ${user.displayName}. Tiến độ các kế hoạch đang triển khai của ${user.organizationName}.`}
        actions={
          <>
            {roleCan(user.role, "attention.read") ? (
              <Link href="/attention" className={buttonClass("secondary")}>
                Việc cần chú ý
              </Link>
            ) : null}
            <YearForm id="year" years={plans.years} value={params.year ?? null} allLabel="Tất cả các năm" />
          </>
        }
      />
      {mine ? (
        <Card title={`Đơn vị của bạn: ${mine.name}`}>
          <SoftNavigationArea as="ul" className="flex flex-wrap gap-4 text-sm">
            <li>
              <a className="underline underline-offset-2" href={listHref(mine.id, { role: "lead" })}>
                {mine.lead.total} việc chủ trì
              </a>
            </li>
            <li>
              <a className="font-semibold text-red-700 underline underline-offset-2" href={listHref(mine.id, { due: "overdue" })}>
                {mine.lead.overdue + mine.support.overdue} việc quá hạn
              </a>
            </li>
            <li>
              <a className="underline underline-offset-2" href={listHref(mine.id, { due: "week" })}>
                Việc đến hạn tuần này
              </a>
            </li>
            <li>Đúng hạn: {mine.lead.onTimeRate === null ? "—" : `${mine.lead.onTimeRate}%`}</li>
          </SoftNavigationArea>
        </Card>
      ) : null}
      <section aria-labelledby="running-plans" className="space-y-3">
        <h2 id="running-plans" className="text-lg font-semibold">
          Kế hoạch đang triển khai
        </h2>
        {plans.count ? (
          <>
            <ProgressRule />
            <Markup as="div" html={plans.cards} />
            {plans.count > PLAN_CARDS ? (
              <SoftNavigationArea as="p" className="text-sm">
                <a className="link" href={query({ plans: params.plans === "all" ? undefined : "all" })}>
                  {params.plans === "all" ? `Chỉ xem ${PLAN_CARDS} kế hoạch mới nhất` : `Xem đủ ${plans.count} kế hoạch đang triển khai`}
                </a>
              </SoftNavigationArea>
            ) : null}
          </>
        ) : (
          <EmptyState title="Chưa có kế hoạch nào đang triển khai">Kế hoạch đã ban hành sẽ hiện ở đây cùng tiến độ thực hiện.</EmptyState>
        )}
      </section>
      {table.total ? (
        <section aria-labelledby="by-unit" className="space-y-3">
          <h2 id="by-unit" className="text-lg font-semibold">
            Theo đơn vị
          </h2>
          <p className="text-sm text-slate-600">
            Bấm vào một con số để xem danh sách hoạt động tương ứng. Đúng hạn: số việc xong trong thời hạn trên tổng số việc đã xong hoặc đã quá hạn.{" "}
            <a className="link" href={`/export/units${params.year ? `?year=${params.year}` : ""}`} download>
              Tải bảng (Excel)
            </a>
          </p>
          <UnitTableFrame
            body={table.body}
            total={table.total}
            sort={params.sort}
            dir={params.dir}
            sortHref={(sort, dir) => query({ sort, dir })}
            caption="Tiến độ theo đơn vị"
            limit={{ rows: UNIT_ROWS, expanded: params.units === "all", toggleHref: query({ units: params.units === "all" ? undefined : "all" }) }}
          />
        </section>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="7 ngày tới">
          <Markup as="div" html={upcoming} />
        </Card>
        <Card title="Cập nhật mới từ các đơn vị">
          <Markup as="div" html={latestUpdatesHtml(updates).value} />
        </Card>
      </div>
    </div>
  );
}
