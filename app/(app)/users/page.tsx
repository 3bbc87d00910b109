import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";
import { listUnits } from "@/lib/units/queries";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/dates";
import { orPageError } from "@/lib/page";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ResetPasswordForm, UserActiveToggle, UserCreateForm, UserEditForm } from "@/components/admin/user-forms";

export const metadata: Metadata = { title: "Người dùng" };

export default async function UsersPage() {
  const user = await requireUser();
  const users = await orPageError(listUsers(user));
  const units = (await listUnits(user)).filter((unit) => unit.kind !== "GROUP").map((unit) => ({ id: unit.id, name: unit.name }));
  return (
    <>
      <PageHeader title="Người dùng" description="Tài khoản, vai trò và đơn vị của cán bộ trong Sở." />
      <Card title="Tạo tài khoản" className="mb-6">
        <UserCreateForm units={units} />
      </Card>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[48rem] text-sm">
          <caption className="sr-only">Danh sách người dùng</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">Tài khoản</th>
              <th scope="col" className="px-4 py-2 font-semibold">Vai trò</th>
              <th scope="col" className="px-4 py-2 font-semibold">Đơn vị</th>
              <th scope="col" className="px-4 py-2 font-semibold">Đăng nhập gần nhất</th>
              <th scope="col" className="px-4 py-2 font-semibold">Thao tác</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {users.map((row) => (
              <tr key={row.id} className={row.active ? undefined : "bg-slate-50 text-slate-500"}>
                <td className="px-4 py-3 align-top">
                  <div className="font-medium">{row.displayName}</div>
                  <div className="text-xs text-slate-600">
                    <code>{row.username}</code>
                    {row.jobTitle ? ` · ${row.jobTitle}` : ""}
                  </div>
                  {row.active ? null : <Badge className="mt-1">Đã khóa</Badge>}
                </td>
                <td className="px-4 py-3 align-top">{ROLE_LABELS[row.role]}</td>
                <td className="px-4 py-3 align-top">{row.unit?.name ?? "—"}</td>
                <td className="px-4 py-3 align-top">{row.lastLoginAt ? formatDateTime(row.lastLoginAt) : "Chưa đăng nhập"}</td>
                <td className="px-4 py-3 align-top">
                  <div className="flex flex-col items-start gap-2">
                    <UserEditForm user={row} units={units} />
                    <ResetPasswordForm user={row} />
                    <UserActiveToggle user={row} self={row.id === user.id} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
