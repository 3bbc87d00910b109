import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { orPageError } from "@/lib/page";
import { getOrganizationSettings } from "@/lib/organizations/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { OrganizationForm } from "@/components/admin/organization-form";
import Link from "next/link";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Thông tin cơ quan" };

export default async function SettingsPage() {
  const user = await requireUser();
  const organization = await orPageError(getOrganizationSettings(user));
  return (
    <>
      <PageHeader title="Thông tin cơ quan" description="Tên, chữ viết tắt và địa danh in trên kế hoạch, báo cáo và các tệp xuất ra (Nghị định 30/2020/NĐ-CP)." />
      <Card title="Thông tin trên văn bản">
        <OrganizationForm organization={organization} />
      </Card>
      {can(user, "mail.outbox.read") ? (
        <Card title="Thư đi" className="mt-6">
          <p className="text-sm text-slate-700">
            Thư thông báo gửi cho người dùng: chờ gửi, đã gửi, lỗi.{" "}
            <Link href="/settings/outbox" className="font-medium text-brand-700 underline underline-offset-2">
              Xem thư đi
            </Link>
          </p>
        </Card>
      ) : null}
    </>
  );
}
