import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Không tìm thấy trang</h1>
      <p className="mt-2 text-slate-600">Trang không tồn tại hoặc bạn không có quyền xem.</p>
      <Link href="/" className={`${buttonClass("secondary")} mt-6`}>
        Về trang tổng quan
      </Link>
    </main>
  );
}
