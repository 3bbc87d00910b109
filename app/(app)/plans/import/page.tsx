import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { importRights } from "@/lib/documents/access";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ImportForm } from "@/components/documents/import-form";

export const metadata: Metadata = { title: "Nhập kế hoạch từ văn bản" };

export default async function ImportPlanPage() {
  const user = await requireUser();
  if (!importRights(user).import) {
    return <EmptyState level={1} title="Bạn không có quyền tạo kế hoạch">Tài khoản người xem chỉ xem được các kế hoạch đã ban hành.</EmptyState>;
  }
  return (
    <>
      <PageHeader
        title="Nhập kế hoạch từ văn bản có sẵn"
        description="Dán nội dung hoặc tải tệp Word của một kế hoạch đã có: Kehoach đọc số, ngày, căn cứ, các mục, các giai đoạn và bảng hoạt động, cho xem lại toàn bộ rồi mới tạo dự thảo."
        actions={
          <Link href="/plans/new" className="text-sm text-brand-700 underline underline-offset-2">
            Cách tạo khác
          </Link>
        }
      />
      <ImportForm />
    </>
  );
}
