import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { formatDate, todayInVietnam } from "@/lib/dates";
import { getUnitDetail, listMergeTargets } from "@/lib/units/queries";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { UnitStateBadge } from "@/components/units/unit-state-badge";
import { UnitCloseForm, UnitRenameForm } from "@/components/units/unit-reorg-forms";

export const metadata: Metadata = { title: "Đơn vị" };

export default async function UnitPage({ params }: PageProps<"/units/[id]">) {
  const user = await requireUser();
  const { id } = await params;
  const unit = await getUnitDetail(user, id);
  if (!unit) notFound();
  const manage = can(user, "unit.manage") && unit.state === "open" && unit.kind !== "GROUP";
  const targets = manage ? await listMergeTargets(user, unit.id) : [];
  const today = todayInVietnam();
  return (
    <>
      <Breadcrumb items={[{ label: "Đơn vị", href: "/units" }, { label: unit.shortName }]} className="mb-2" />
      <PageHeader title={unit.name} description={`${UNIT_KIND_LABELS[unit.kind]} · ${unit.shortName}`} />
      <Card title="Quá trình" className="mb-6">
        <dl className="space-y-2 text-sm">
          <div>
            <dt className="inline font-medium">Trạng thái: </dt>
            <dd className="inline">
              <UnitStateBadge unit={unit} />
              {unit.closedAt ? ` từ ${formatDate(unit.closedAt)}` : null}
              {unit.mergedInto ? (
                <>
                  {" "}
                  (<Link href={`/units/${unit.mergedInto.id}`} className="text-brand-700 underline">{unit.mergedInto.name}</Link>)
                </>
              ) : null}
              {unit.closeReason ? `. ${unit.closeReason}` : null}
            </dd>
          </div>
          {unit.validFrom ? (
            <div>
              <dt className="inline font-medium">Có từ ngày: </dt>
              <dd className="inline">{formatDate(unit.validFrom)}</dd>
            </div>
          ) : null}
          {unit.formerNames.length ? (
            <div>
              <dt className="font-medium">Tên trước đây:</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {unit.formerNames.map((line, index) => (
                    <li key={line}>
                      {line}
                      {unit.reasons[index] ? <span className="text-slate-600">. {unit.reasons[index]}</span> : null}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {unit.mergedFrom.length ? (
            <div>
              <dt className="font-medium">Đơn vị đã sáp nhập vào đây:</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {unit.mergedFrom.map((m) => (
                    <li key={m.id}>
                      <Link href={`/units/${m.id}`} className="text-brand-700 underline">{m.name}</Link>
                      {m.closedAt ? ` (từ ${formatDate(m.closedAt)})` : null}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="inline font-medium">Người dùng: </dt>
            <dd className="inline tabular-nums">{unit._count.users}</dd>
          </div>
        </dl>
      </Card>
      {manage ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Đổi tên từ một ngày">
            <UnitRenameForm unit={unit} today={today} />
          </Card>
          <Card title="Sáp nhập vào đơn vị khác">
            <form action={`/units/${unit.id}/merge`} method="get" className="space-y-3" aria-label="Chọn đơn vị tiếp nhận">
              <SelectField id="merge-target" name="target" label="Đơn vị tiếp nhận" required defaultValue="">
                <option value="" disabled>
                  — Chọn đơn vị —
                </option>
                {targets.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </SelectField>
              <button type="submit" className={buttonClass("secondary", "sm")}>
                Xem trước những gì được chuyển
              </button>
            </form>
          </Card>
          <Card title="Giải thể đơn vị">
            <p className="mb-3 text-sm text-slate-600">Chỉ giải thể được khi đơn vị không còn chủ trì hoạt động chưa xong; nếu còn, hãy sáp nhập vào đơn vị khác.</p>
            <UnitCloseForm unit={unit} today={today} />
          </Card>
        </div>
      ) : null}
    </>
  );
}
