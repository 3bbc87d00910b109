import type { Metadata } from "next";
import { planCrumbLabel } from "@/lib/plans/labels";
import { formatCost } from "@/lib/money";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getActivityDetail } from "@/lib/activities/queries";
import { orPageError } from "@/lib/page";
import { describeWindow, formatDate, formatDateTime, formatWindow } from "@/lib/dates";
import { ActivityStatusBadge } from "@/components/plans/status-badges";
import { Card } from "@/components/ui/card";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Badge } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import { UpdateForm } from "@/components/activities/update-form";
import { UpdateTimeline } from "@/components/activities/update-timeline";
import { CommentForm } from "@/components/activities/comment-form";
import { TargetsEditor } from "@/components/activities/targets-editor";
import { RemindUnitForm } from "@/components/notifications/remind-unit-form";
import { canRemindLeadUnit } from "@/lib/notifications/access";

export const metadata: Metadata = { title: "Hoạt động" };

export default async function ActivityPage({ params }: PageProps<"/activities/[id]">) {
  const { id } = await params;
  const user = await requireUser();
  const a = await orPageError(getActivityDetail(user, id));
  const partLabel = a.part === "lead" ? "Đơn vị bạn chủ trì" : a.part === "support" ? "Đơn vị bạn phối hợp" : null;
  return (
    <div className="space-y-5">
      <Breadcrumb items={[{ label: "Kế hoạch", href: "/plans" }, { label: planCrumbLabel(a.plan), href: `/plans/${a.plan.id}` }, { label: `Mục ${a.phase.code}, hoạt động ${a.stt}` }]} />
      <div>
        <p className="text-sm text-slate-600">
          {a.plan.displayTitle} · {a.phase.code}. {a.phase.title}
        </p>
        <h1 className="mt-1 whitespace-pre-line text-xl font-semibold text-slate-900">{a.content}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <ActivityStatusBadge status={a.status} />
          {a.overdue ? <Badge tone="red">Quá hạn</Badge> : null}
          {a.dueSoon ? <Badge tone="amber">Sắp đến hạn</Badge> : null}
          {partLabel ? <Badge tone="purple">{partLabel}</Badge> : null}
        </p>
      </div>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-5">
          <Card title="Thông tin hoạt động">
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[11rem_1fr]">
              <dt className="text-slate-500">Tiến độ</dt>
              <dd>
                <ProgressBar value={a.progress} label="Tiến độ hoạt động" className="max-w-xs" />
                {a.subTasks.length && !a.progressSetManually ? <span className="text-xs text-slate-500">Tính từ các việc con</span> : null}
              </dd>
              <dt className="text-slate-500">Đơn vị chủ trì</dt>
              <dd>{a.leadUnit.name}</dd>
              <dt className="text-slate-500">Đơn vị phối hợp</dt>
              <dd>{a.supporters.length ? a.supporters.map((s) => s.name).join("; ") : "—"}</dd>
              <dt className="text-slate-500">Thời gian kế hoạch</dt>
              <dd title={describeWindow(a.start, a.end)}>{formatWindow(a.start, a.end)}</dd>
              <dt className="text-slate-500">Thời gian thực tế</dt>
              <dd>{a.actualStart ? `${formatDate(a.actualStart)}${a.actualEnd && a.actualEnd !== a.actualStart ? ` – ${formatDate(a.actualEnd)}` : ""}` : "—"}</dd>
              {a.output ? (
                <>
                  <dt className="text-slate-500">Sản phẩm</dt>
                  <dd className="whitespace-pre-line">{a.output}</dd>
                </>
              ) : null}
              {a.cost !== null ? (
                <>
                  <dt className="text-slate-500">Kinh phí dự kiến</dt>
                  <dd>{formatCost(a.cost)}</dd>
                </>
              ) : null}
              {a.note ? (
                <>
                  <dt className="text-slate-500">Ghi chú</dt>
                  <dd>{a.note}</dd>
                </>
              ) : null}
              {a.statusReason && (a.status === "BLOCKED" || a.status === "CANCELLED") ? (
                <>
                  <dt className="text-slate-500">{a.status === "BLOCKED" ? "Vướng mắc" : "Lý do hủy"}</dt>
                  <dd>{a.statusReason}</dd>
                </>
              ) : null}
              <dt className="text-slate-500">Kết quả</dt>
              <dd className="whitespace-pre-line">{a.result || "—"}</dd>
              {a.parent ? (
                <>
                  <dt className="text-slate-500">Việc con của</dt>
                  <dd>
                    <Link href={`/activities/${a.parent.id}`} className="text-brand-700 underline underline-offset-2">
                      {a.parent.order}. {a.parent.content}
                    </Link>
                  </dd>
                </>
              ) : null}
            </dl>
            {a.subTasks.length ? (
              <div className="mt-4">
                <h3 className="text-sm font-semibold">Việc con</h3>
                <ul className="mt-1 space-y-2">
                  {a.subTasks.map((s) => (
                    <li key={s.id} className="grid gap-1 text-sm sm:grid-cols-[1fr_10rem] sm:items-center">
                      <Link href={`/activities/${s.id}`} className="text-brand-700 underline underline-offset-2">
                        {a.stt}.{s.order}. {s.content} <span className="text-slate-500">({s.leadUnit.shortName})</span>
                      </Link>
                      <ProgressBar value={s.status === "DONE" ? 100 : s.progress} label={`Tiến độ việc ${a.stt}.${s.order}`} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Card>

          <Card title="Chỉ tiêu" actions={a.rights.changeStatus ? <TargetsEditor activityId={a.id} version={a.version} targets={a.targets} /> : null}>
            {a.targets.length ? (
              <ul className="space-y-2 text-sm">
                {a.targets.map((t) => (
                  <li key={t.id}>
                    <p>
                      {t.label}: <span className="font-semibold">{t.achieved}</span> / {t.targetValue} {t.unitOfMeasure}
                    </p>
                    <ProgressBar value={(t.achieved / t.targetValue) * 100} label={`Chỉ tiêu ${t.label}`} className="max-w-sm" />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">Hoạt động chưa có chỉ tiêu (ví dụ “Mô hình ứng dụng: 20”).</p>
            )}
          </Card>

          <Card title="Lịch sử cập nhật">
            <UpdateTimeline updates={a.updates} />
          </Card>
        </div>

        <div className="space-y-5">
          <Card title="Cập nhật tiến độ">
            {a.rights.report ? (
              <UpdateForm activity={a} rights={a.rights} />
            ) : (
              <p className="text-sm text-slate-600">
                {a.plan.status !== "ISSUED"
                  ? "Kế hoạch không ở trạng thái đang triển khai nên không cập nhật tiến độ."
                  : "Đơn vị của bạn không chủ trì hay phối hợp hoạt động này; bạn chỉ xem được."}
              </p>
            )}
          </Card>
          {canRemindLeadUnit(user, a) ? (
            <Card title="Nhắc đơn vị">
              <RemindUnitForm activityId={a.id} unitName={a.leadUnit.name} />
            </Card>
          ) : null}
          <Card title="Trao đổi">
            <div id="trao-doi" className="space-y-4">
              {a.comments.length ? (
                <ol className="space-y-3">
                  {a.comments.map((c) => (
                    <li key={c.id} className="rounded-md bg-slate-50 p-2 text-sm">
                      <p className="text-xs text-slate-600">
                        <span className="font-medium text-slate-900">{c.author}</span> · {formatDateTime(c.at)}
                      </p>
                      <p className="mt-1 whitespace-pre-line break-words">{c.body}</p>
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="text-sm text-slate-600">Chưa có trao đổi nào.</p>
              )}
              {a.rights.comment ? <CommentForm activityId={a.id} units={a.units} /> : null}
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}
