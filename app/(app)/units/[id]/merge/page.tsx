import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { todayInVietnam } from "@/lib/dates";
import { getMergePreview, getUnitDetail } from "@/lib/units/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { UnitMergeConfirmForm } from "@/components/units/unit-reorg-forms";

export const metadata: Metadata = { title: "Sáp nhập đơn vị" };

export default async function MergeUnitPage({ params, searchParams }: PageProps<"/units/[id]/merge">) {
  const user = await requireUser();
  if (!can(user, "unit.manage")) notFound();
  const { id } = await params;
  const target = (await searchParams).target;
  const unit = await getUnitDetail(user, id);
  if (!unit) notFound();
  const { preview, error } = await getMergePreview(user, id, typeof target === "string" ? target : "");
  const crumbs = [{ label: "Đơn vị", href: "/units" }, { label: unit.shortName, href: `/units/${unit.id}` }, { label: "Sáp nhập" }];
  if (!preview) {
    return (
      <>
        <Breadcrumb items={crumbs} className="mb-2" />
        <PageHeader title={`Sáp nhập ${unit.name}`} />
        <Alert tone="error">{error}</Alert>
        <p className="mt-4">
          <Link href={`/units/${unit.id}`} className="text-brand-700 underline">Quay lại trang đơn vị</Link>
        </p>
      </>
    );
  }
  const moves = [
    { title: `Hoạt động chủ trì chuyển sang ${preview.target.name}`, items: preview.leads.map((a) => ({ id: a.id, label: a.content, plan: a.plan })) },
    { title: `Hoạt động phối hợp chuyển sang ${preview.target.name}`, items: preview.supports.map((a) => ({ id: a.id, label: a.content, plan: a.plan })) },
  ];
  return (
    <>
      <Breadcrumb items={crumbs} className="mb-2" />
      <PageHeader title={`Sáp nhập ${preview.source.name} vào ${preview.target.name}`} description="Xem lại những gì được chuyển trước khi xác nhận. Việc đã xong và văn bản đã ban hành giữ nguyên tên đơn vị cũ." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Được chuyển">
          <div className="space-y-4 text-sm">
            {moves.map((group) => (
              <section key={group.title} aria-label={group.title}>
                <h3 className="font-semibold">
                  {group.title}: <span className="tabular-nums">{group.items.length}</span>
                </h3>
                {group.items.length ? (
                  <ul className="mt-1 list-disc pl-5">
                    {group.items.map((item) => (
                      <li key={item.id}>
                        <Link href={`/activities/${item.id}`} className="text-brand-700 underline">{item.label}</Link> <span className="text-slate-600">({item.plan.title}, {item.plan.year})</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </section>
            ))}
            <p>
              Kế hoạch đang soạn do đơn vị soạn thảo: <span className="tabular-nums">{preview.drafts.length}</span>
              {preview.drafts.length ? ` (${preview.drafts.map((p) => p.title).join("; ")})` : null}
            </p>
            <p>
              Người dùng: <span className="tabular-nums">{preview.users.length}</span>
              {preview.users.length ? ` (${preview.users.map((u) => u.displayName).join(", ")})` : null}
            </p>
            <p>
              Nhóm đơn vị: <span className="tabular-nums">{preview.groups.length}</span>
              {preview.groups.length ? ` (${preview.groups.map((g) => g.name).join("; ")})` : null}
            </p>
            <p>
              Lịch theo dõi (iCalendar) của đơn vị: <span className="tabular-nums">{preview.feeds}</span>
            </p>
          </div>
        </Card>
        <Card title="Giữ nguyên">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>
              Hoạt động đã xong, đã hủy hoặc thuộc kế hoạch đã kết thúc: <span className="tabular-nums">{preview.keptActivities}</span>, vẫn ghi {preview.source.name}.
            </li>
            <li>
              Kế hoạch đã trình, đã ban hành do đơn vị soạn thảo: <span className="tabular-nums">{preview.keptPlans}</span>, văn bản giữ tên cũ.
            </li>
            <li>Tên cũ của đơn vị, lịch sử và nhật ký.</li>
          </ul>
        </Card>
      </div>
      <Card title="Xác nhận" className="mt-6">
        <UnitMergeConfirmForm unit={{ id: unit.id, version: unit.version }} target={preview.target} previewKey={preview.previewKey} today={todayInVietnam()} />
      </Card>
    </>
  );
}
