import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { orPageError } from "@/lib/page";
import { listOutbox, OUTBOX_SHOWN } from "@/lib/mail/queries";
import { formatDateTime } from "@/lib/dates";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Thư đi" };

const STATUS: Record<MailStatus, { label: string; tone: "blue" | "green" | "red" }> = {
  PENDING: { label: "Chờ gửi", tone: "blue" },
  SENT: { label: "Đã gửi", tone: "green" },
  FAILED: { label: "Lỗi", tone: "red" },
};

export default async function OutboxPage(props: PageProps<"/settings/outbox">) {
  const user = await requireUser();
  const raw = (await props.searchParams).status;
  const status = raw === "PENDING" || raw === "SENT" || raw === "FAILED" ? raw : undefined;
  const { messages, counts, sending } = await orPageError(listOutbox(user, status));
  return (
    <>
      <PageHeader
        title="Thư đi"
        description={
          sending
            ? "Thư thông báo gửi qua máy chủ thư (SMTP_URL). Thư lỗi tạm thời được gửi lại sau 1, 2, 4… phút."
            : "Chưa cấu hình máy chủ thư (SMTP_URL): thư không được gửi đi mà nằm lại ở đây để bạn đọc. Xem README, mục cấu hình thư."
        }
      />
      <nav aria-label="Lọc theo trạng thái" className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link href="/settings/outbox" aria-current={status ? undefined : "page"} className="rounded border border-slate-300 px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
          Tất cả
        </Link>
        {(Object.keys(STATUS) as MailStatus[]).map((s) => (
          <Link key={s} href={`/settings/outbox?status=${s}`} aria-current={status === s ? "page" : undefined} className="rounded border border-slate-300 px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {STATUS[s].label} ({counts[s]})
          </Link>
        ))}
      </nav>
      {messages.length === 0 ? (
        <EmptyState title="Không có thư">Thư được tạo khi người dùng có địa chỉ thư nhận thông báo.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {messages.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <details>
                <summary className="cursor-pointer list-none [&::-webkit-details-marker]:hidden" title="Bấm để xem nội dung thư">
                  <span className="flex flex-wrap items-center gap-2">
                    <Badge tone={STATUS[m.status].tone}>{STATUS[m.status].label}</Badge>
                    <span className="font-medium">{m.subject}</span>
                  </span>
                  <span className="mt-1 block text-xs text-slate-600">
                    Đến {m.toAddress} · tạo {formatDateTime(m.createdAt)}
                    {m.sentAt ? ` · gửi ${formatDateTime(m.sentAt)}` : ""}
                    {m.attempts ? ` · ${m.attempts} lần thử` : ""}
                    {m.status === "PENDING" && m.attempts ? ` · thử lại lúc ${formatDateTime(m.nextAttemptAt)}` : ""}
                  </span>
                </summary>
                {m.lastError ? <p className="mt-2 text-sm text-red-700">Lỗi gần nhất: {m.lastError}</p> : null}
                <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-sans text-sm text-slate-800">{m.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      {messages.length === OUTBOX_SHOWN ? <p className="mt-3 text-sm text-slate-600">Hiện {OUTBOX_SHOWN} thư mới nhất.</p> : null}
    </>
  );
}
