import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { CreateTokenForm, RevokeTokenButton } from "@/components/profile/token-forms";
import { ChangePasswordForm } from "@/components/profile/password-form";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function ProfilePage() {
  const user = await requireUser();
  const tokens = await listApiTokens(user);
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Tài khoản"
        description={`${user.displayName} · ${ROLE_LABELS[user.role]}${user.unitName ? ` · ${user.unitName}` : ""} · ${user.organizationName}`}
      />
      <Card title="Mã truy cập API">
        <p className="mb-3 text-sm text-slate-700">
          Dùng cho hệ thống văn phòng điện tử hoặc tập lệnh báo cáo. Mã có đúng quyền của tài khoản này và ngừng hoạt động khi tài khoản bị khóa. Xem{" "}
          <Link href="/api/docs" className="text-brand-700 underline underline-offset-2">
            tài liệu API
          </Link>
          .
        </p>
        <CreateTokenForm />
        {tokens.length ? (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full min-w-[36rem] text-sm">
              <caption className="sr-only">Các mã truy cập của bạn</caption>
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">Tên</th>
                  <th scope="col" className="px-3 py-2">Mã</th>
                  <th scope="col" className="px-3 py-2">Dùng gần nhất</th>
                  <th scope="col" className="px-3 py-2">Hết hạn</th>
                  <th scope="col" className="px-3 py-2">Trạng thái</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {tokens.map((t) => {
                  const expired = t.expiresAt !== null && t.expiresAt <= now;
                  return (
                    <tr key={t.id}>
                      <td className="px-3 py-2">{t.name}</td>
                      <td className="px-3 py-2 font-mono">{t.prefix}…</td>
                      <td className="px-3 py-2">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Chưa dùng"}</td>
                      <td className="px-3 py-2">{t.expiresAt ? formatDateTime(t.expiresAt) : "Không"}</td>
                      <td className="px-3 py-2">
                        {t.revokedAt ? <Badge>Đã thu hồi</Badge> : expired ? <Badge tone="amber">Hết hạn</Badge> : <RevokeTokenButton id={t.id} name={t.name} />}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
      <Card title="Đổi mật khẩu">
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
