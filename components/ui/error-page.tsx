"use client";
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { DB_UNAVAILABLE_DETAIL, DB_UNAVAILABLE_DIGEST, DB_UNAVAILABLE_MESSAGE } from "@/lib/db-unavailable";
import { Button } from "@/components/ui/button";

/**
 * What a page shows when it failed: the database being unreachable is said
 * plainly (it is temporary, nothing to report); anything else gets a code the
 * administrator can find in the server log.
 */
export function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  if (error.digest === DB_UNAVAILABLE_DIGEST) {
    return (
      <div role="alert" className="mx-auto max-w-xl py-16 text-center">
        <h1 className="text-2xl font-semibold text-slate-900">{DB_UNAVAILABLE_MESSAGE}</h1>
        <p className="mt-2 text-slate-600">{DB_UNAVAILABLE_DETAIL}</p>
        <Button className="mt-6" onClick={retry}>
          Thử lại
        </Button>
      </div>
    );
  }
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Đã có lỗi xảy ra</h1>
      <p className="mt-2 text-slate-600">
        Hệ thống chưa xử lý được yêu cầu này. Vui lòng thử lại; nếu lỗi lặp lại, báo cho quản trị kèm mã
        {error.digest ? <code className="ml-1 rounded bg-slate-100 px-1">{error.digest}</code> : null}.
      </p>
      <Button className="mt-6" onClick={retry}>
        Thử lại
      </Button>
    </div>
  );
}
