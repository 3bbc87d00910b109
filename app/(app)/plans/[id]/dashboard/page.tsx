import type { Metadata } from "next";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { planIsReadable } from "@/lib/plans/queries";
import { cachedPlanDashboardSummary, cachedPlanUnitTable } from "@/lib/dashboard/cached";
import { roleCan } from "@/lib/auth/roles";
import { formatWindow, todayInVietnam } from "@/lib/dates";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Badge } from "@/components/ui/badge";
import { PlanStatusBadge } from "@/components/plans/status-badges";
import { BurnUpChart } from "@/components/dashboard/burn-up-chart";
import { PROGRESS_RULE_ID, ProgressRule } from "@/components/dashboard/progress-rule";
import { SORT_KEYS, UNIT_ROWS, UnitTableFrame } from "@/components/dashboard/unit-table";
import { SoftNavigationArea } from "@/components/shell/soft-navigation-area";

export const metadata: Metadata = { title: "Tiến độ kế hoạch" };

const paramsSchema = z.object({
  sort: z.enum(SORT_KEYS).catch("lead.overdue"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  units: z.enum(["all"]).optional().catch(undefined),
});

export default async function PlanDashboardPage({ params, searchParams }: PageProps<"/plans/[id]/dashboard">) {
  const { id } = await params;
  const query = paramsSchema.parse(await searchParams);
  const user = await requireUser();
  // The access check before the cached figures of the plan: the layout's own (planIsReadable, once per request),
  // so a repeat view sends no query of its own; the header comes with the figures.
  if (!(await planIsReadable(user, id))) notFound();
  // Lower case: the key and the tags name the plan as the database notifies it (an upper-case UUID in the address is the same plan).
  const planId = id.toLowerCase();
  const today = todayInVietnam();
  const [d, table] = await Promise.all([
    cachedPlanDashboardSummary(user.organizationId, planId, today),
    cachedPlanUnitTable(user.organizationId, planId, today, {
      sort: query.sort,
      dir: query.dir,
      expanded: query.units === "all",
      ownUnitId: null,
      highlightUnitId: user.unitId,
      attentionLinks: roleCan(user.role, "attention.read"),
    }),
  ]);
  const p = d.progress;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900">{d.header.displayTitle}</h1>
        <PlanStatusBadge status={d.header.status} />
      </div>
      <Card title="Tiến độ chung">
        <div className="grid gap-4 md:grid-cols-[2fr_3fr]">
          <div className="space-y-2">
            <p className="text-sm" data-testid="plan-progress">
              Tiến độ <span className="text-2xl font-semibold">{p.averageProgress}%</span>
            </p>
            <ProgressBar value={p.averageProgress} label={`Tiến độ kế hoạch: ${p.averageProgress}%`} describedBy={PROGRESS_RULE_ID} />
            <p className="text-sm text-slate-700">
              {p.done}/{p.total} hoạt động hoàn thành{p.cancelled ? ` · ${p.cancelled} đã hủy` : ""}
            </p>
            <ProgressRule />
            <p className="flex flex-wrap gap-2">
              {p.overdue ? <Badge tone="red">{p.overdue} quá hạn</Badge> : <Badge tone="green">Không có việc quá hạn</Badge>}
              {p.dueThisWeek ? <Badge tone="amber">{p.dueThisWeek} đến hạn tuần này</Badge> : null}
              {p.blocked ? <Badge tone="red">{p.blocked} vướng mắc</Badge> : null}
            </p>
          </div>
          <ul className="space-y-3" aria-label="Tiến độ theo giai đoạn">
            {d.phases.map((phase) => (
              <li key={phase.id} className="text-sm">
                <p>
                  <span className="font-medium">
                    {phase.code}. {phase.title}
                  </span>{" "}
                  <span className="text-slate-500">({formatWindow(phase.start, phase.end)})</span>
                </p>
                <ProgressBar value={phase.averageProgress} label={`Tiến độ giai đoạn ${phase.code}: ${phase.averageProgress}%`} describedBy={PROGRESS_RULE_ID} />
                <p className="text-xs text-slate-600">
                  Tiến độ {phase.averageProgress}% · {phase.done}/{phase.total} hoạt động xong
                </p>
              </li>
            ))}
          </ul>
        </div>
      </Card>
      <section aria-labelledby="plan-units" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="plan-units" className="text-lg font-semibold">
            Theo đơn vị
          </h2>
          <a className="link text-sm" href={`/export/units?plan=${id}`} download>
            Tải bảng (Excel)
          </a>
        </div>
        {table.total ? (
          <UnitTableFrame
            body={table.body}
            total={table.total}
            sort={query.sort}
            dir={query.dir}
            sortHref={(sort, dir) => `/plans/${id}/dashboard?sort=${sort}&dir=${dir}${query.units ? "&units=all" : ""}`}
            caption="Tiến độ theo đơn vị của kế hoạch"
            limit={{
              rows: UNIT_ROWS,
              expanded: query.units === "all",
              toggleHref: `/plans/${id}/dashboard?sort=${query.sort}&dir=${query.dir}${query.units ? "" : "&units=all"}`,
            }}
          />
        ) : (
          <p className="text-sm text-slate-600">Kế hoạch chưa có hoạt động.</p>
        )}
      </section>
      <Card title="Số hoạt động hoàn thành theo thời gian">
        <BurnUpChart series={d.burnUp.series} total={d.burnUp.total} today={d.burnUp.today} />
      </Card>
      <SoftNavigationArea as="p" className="text-sm">
        <a className="text-brand-700 underline underline-offset-2" href={`/plans/${id}/timeline`}>
          Xem biểu đồ thời gian
        </a>
      </SoftNavigationArea>
    </div>
  );
}
