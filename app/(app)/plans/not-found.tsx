import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";

export default function PlanNotFound() {
  return (
    <EmptyState
      title="Không tìm thấy kế hoạch"
      level={1}
      action={
        <Link href="/plans" className={buttonClass("secondary")}>
          Về danh sách kế hoạch
        </Link>
      }
    >
      Kế hoạch không tồn tại, đã bị xóa, hoặc bạn không có quyền xem.
    </EmptyState>
  );
}
