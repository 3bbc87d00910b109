import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Bạn không có quyền truy cập trang này</h1>
      <p className="mt-2 text-slate-600">Trang này dành cho quản trị hệ thống. Nếu cần quyền, hãy liên hệ Văn phòng Sở.</p>
      <Link href="/" className={`${buttonClass("secondary")} mt-6`}>
        Về trang tổng quan
      </Link>
    </main>
  );
}
