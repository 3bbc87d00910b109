import Link from "next/link";
import type { OwnFeed } from "@/lib/calendar-feeds/queries";
import { formatDateTime } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";
import { RevokedStatus } from "@/components/profile/revoked-status";

export function FeedTable({ feeds }: { feeds: OwnFeed[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Các đường dẫn lịch bạn đã tạo</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Lịch</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">Tạo lúc</th>
            <th scope="col" className="px-3 py-2">Trạng thái</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {feeds.map((f) => (
            <tr key={f.id}>
              <td className="px-3 py-2">
                {f.href ? (
                  <Link href={f.href} className="text-brand-700 underline underline-offset-2">
                    {f.label}
                  </Link>
                ) : (
                  f.label
                )}
              </td>
              <td className="hidden px-3 py-2 sm:table-cell">{formatDateTime(f.createdAt)}</td>
              <td className="px-3 py-2">{f.revokedAt ? <RevokedStatus at={f.revokedAt} reason={f.revokedReason} /> : <Badge tone="green">Đang dùng</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
