"use client";
import { Button } from "@/components/ui/button";

// Shown for unexpected errors; the details stay in the server log (digest links them).
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Đã có lỗi xảy ra</h1>
      <p className="mt-2 text-slate-600">
        Hệ thống chưa xử lý được yêu cầu này. Vui lòng thử lại; nếu lỗi lặp lại, báo cho quản trị kèm mã
        {error.digest ? <code className="ml-1 rounded bg-slate-100 px-1">{error.digest}</code> : null}.
      </p>
      <Button className="mt-6" onClick={reset}>
        Thử lại
      </Button>
    </div>
  );
}
