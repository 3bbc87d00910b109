import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getNewPlanForm } from "@/lib/plans/new-plan-queries";
import { StaleTexts } from "@/components/plans/new/stale-texts";
import { NEW_PLAN_TABS, newPlanParamsSchema, shiftPreviewTitle } from "@/lib/plans/new-plan";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { BlankPlanForm } from "@/components/plans/new/blank-plan-form";
import { CreateFromSourceForm } from "@/components/plans/new/create-from-source-form";
import { ShiftPreview } from "@/components/plans/new/shift-preview";
import { DeleteTemplateButton } from "@/components/plans/new/template-list";
import { DateField } from "@/components/ui/date-field";

export const metadata: Metadata = { title: "Tạo kế hoạch" };

export default async function NewPlanPage({ searchParams }: PageProps<"/plans/new">) {
  const user = await requireUser();
  const params = newPlanParamsSchema.parse(await searchParams);
  const { form } = await getNewPlanForm(user, params);
  if (!form) {
    return <EmptyState level={1} title="Bạn không có quyền tạo kế hoạch">Tài khoản người xem chỉ xem được các kế hoạch đã ban hành.</EmptyState>;
  }
  const { unitOptions, sourceId, snapshot, eventDate, preview, sources, templates, closedUnits, successorOptions } = form;
  return (
    <>
      <PageHeader title="Tạo kế hoạch mới" description="Thường nhanh nhất là tạo từ kế hoạch năm trước: giữ nguyên cấu trúc, đơn vị và nội dung, dời toàn bộ thời gian theo ngày sự kiện mới." />
      <nav aria-label="Cách tạo kế hoạch" className="mb-4 flex flex-wrap gap-2">
        {NEW_PLAN_TABS.map((tab) => (
          <Link key={tab.mode} href={`/plans/new?mode=${tab.mode}`} aria-current={params.mode === tab.mode ? "page" : undefined} className={buttonClass(params.mode === tab.mode ? "primary" : "secondary", "sm")}>
            {tab.label}
          </Link>
        ))}
        <Link href="/plans/import" className={buttonClass("secondary", "sm")}>
          Từ văn bản có sẵn (Word, dán nội dung)
        </Link>
      </nav>

      {params.mode === "blank" ? (
        <Card title="Kế hoạch trống">
          <BlankPlanForm year={form.blankYear} units={unitOptions} defaultUnitId={user.unitId} />
        </Card>
      ) : null}

      {params.mode !== "blank" ? (
        <div className="space-y-4">
          <Card title={params.mode === "clone" ? "1. Chọn kế hoạch nguồn và ngày sự kiện mới" : "1. Chọn mẫu và ngày sự kiện"}>
            {params.mode === "template" && templates.length === 0 ? (
              <EmptyState title="Chưa có mẫu kế hoạch nào">Mở một kế hoạch và bấm “Lưu làm mẫu” để dùng lại cấu trúc của nó cho các năm sau.</EmptyState>
            ) : (
              <form method="get" className="flex flex-wrap items-start gap-3" aria-label="Chọn nguồn">
                <input type="hidden" name="mode" value={params.mode} />
                <div className="min-w-64 flex-1">
                  <label htmlFor="source" className="block text-sm font-medium text-slate-800">
                    {params.mode === "clone" ? "Kế hoạch nguồn" : "Mẫu kế hoạch"}
                  </label>
                  <select id="source" name={params.mode === "clone" ? "source" : "template"} defaultValue={sourceId ?? ""} className={controlClass()} required>
                    <option value="">— Chọn —</option>
                    {params.mode === "clone"
                      ? sources.map((s) => (
                          <option key={s.id} value={s.id}>
                            {s.year} · {s.numberLabel ? `${s.numberLabel} · ` : ""}
                            {s.displayTitle}
                          </option>
                        ))
                      : templates.map((t) => (
                          <option key={t.id} value={t.id}>
                            {t.name}
                          </option>
                        ))}
                  </select>
                </div>
                <DateField id="eventDate" name="eventDate" label="Ngày sự kiện mới" defaultValue={snapshot ? eventDate : ""} hint="Để trống: cùng ngày, tháng đó ở lần tới." />
                <button type="submit" className={buttonClass("secondary", "md", "mt-6")}>
                  Xem trước
                </button>
              </form>
            )}
            {params.mode === "template" && templates.length ? (
              <ul className="mt-4 divide-y divide-slate-100 text-sm">
                {templates.map((t) => (
                  <li key={t.id} className="flex items-center justify-between gap-2 py-2">
                    <span>
                      <span className="font-medium">{t.name}</span>
                      {t.description ? <span className="text-slate-600"> · {t.description}</span> : null}
                      {t.createdBy ? <span className="text-slate-500"> · {t.createdBy.displayName}</span> : null}
                    </span>
                    {t.rights.delete ? <DeleteTemplateButton templateId={t.id} name={t.name} /> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {sourceId && !snapshot ? <p className={cn("mt-3 text-sm text-red-700")}>Không tìm thấy nguồn đã chọn.</p> : null}
          </Card>
          {snapshot && eventDate && preview ? (
            <>
              <Card title={shiftPreviewTitle(snapshot.eventDate, eventDate)}>
                <ShiftPreview before={snapshot} after={preview.shifted} />
                <StaleTexts items={preview.staleTexts} />
              </Card>
              <Card title="3. Tạo dự thảo">
                <CreateFromSourceForm
                  source={params.mode === "clone" ? { kind: "plan", id: sourceId! } : { kind: "template", id: sourceId! }}
                  eventDate={eventDate}
                  oldTitle={snapshot.title}
                  suggestedTitle={preview.suggestedTitle}
                  fromYear={preview.fromYear}
                  toYear={preview.toYear}
                  mentionsInTexts={preview.mentions}
                  units={unitOptions}
                  defaultUnitId={user.unitId}
                  closedUnits={closedUnits}
                  successorOptions={successorOptions}
                />
                <p className="mt-3 text-xs text-slate-600">Kế hoạch mới giữ đơn vị, nội dung và cấu trúc; không mang theo số, trạng thái, tiến độ và lịch sử của kế hoạch nguồn.</p>
              </Card>
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
