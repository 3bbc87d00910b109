import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { listUnits } from "@/lib/units/queries";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { UnitCreateForm } from "@/components/admin/unit-create-form";
import { UnitActiveToggle, UnitEditForm } from "@/components/admin/unit-row-actions";

export const metadata: Metadata = { title: "Đơn vị" };

export default async function UnitsPage() {
  const user = await requireUser();
  const manage = can(user, "unit.manage");
  const units = await listUnits(user, { includeInactive: manage });
  return (
    <>
      <PageHeader title="Đơn vị" description="Các phòng, đơn vị thuộc Sở và cơ quan phối hợp được dùng trong kế hoạch." />
      {manage ? (
        <Card title="Thêm đơn vị" className="mb-6">
          <UnitCreateForm />
        </Card>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="stack-sm w-full min-w-[40rem] text-sm">
          <caption className="sr-only">Danh sách đơn vị</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">Tên đơn vị</th>
              <th scope="col" className="px-4 py-2 font-semibold">Viết tắt</th>
              <th scope="col" className="px-4 py-2 font-semibold">Loại</th>
              <th scope="col" className="px-4 py-2 font-semibold">Người dùng</th>
              {manage ? <th scope="col" className="px-4 py-2 font-semibold">Thao tác</th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {units.map((unit) => (
              <tr key={unit.id} className={unit.active ? undefined : "bg-slate-50 text-slate-500"}>
                <td className="px-4 py-3 align-top font-medium">
                  <Link href={`/units/${unit.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {unit.name}
                  </Link>{" "}
                  {unit.mergedInto ? <Badge tone="purple">Đã sáp nhập vào {unit.mergedInto.name}</Badge> : unit.closedAt ? <Badge tone="red">Đã giải thể</Badge> : unit.active ? null : <Badge>Ngừng sử dụng</Badge>}
                </td>
                <td className="px-4 py-3 align-top" data-label="Viết tắt">
                  {unit.shortName}
                </td>
                <td className="px-4 py-3 align-top" data-label="Loại">
                  {UNIT_KIND_LABELS[unit.kind]}
                </td>
                <td className="px-4 py-3 align-top tabular-nums" data-label="Người dùng">
                  {unit._count.users}
                </td>
                {manage ? (
                  <td className="px-4 py-3 align-top">
                    <div className="flex flex-col items-start gap-2">
                      <UnitEditForm unit={unit} />
                      {unit.closedAt ? null : <UnitActiveToggle unit={unit} />}
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
