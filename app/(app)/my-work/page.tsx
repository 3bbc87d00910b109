import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Việc của đơn vị" };

export default async function MyWorkPage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="Việc của đơn vị" description={user.unitName ?? "Bạn chưa thuộc đơn vị nào."} />
      <EmptyState title="Chưa có chức năng theo dõi việc của đơn vị">
        Danh sách hoạt động mà đơn vị chủ trì hoặc phối hợp, cùng cập nhật tiến độ, sẽ có ở đây.
      </EmptyState>
    </>
  );
}
