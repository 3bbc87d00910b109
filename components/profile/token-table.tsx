import type { listApiTokens } from "@/lib/api-tokens/queries";
import { formatDateTime } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";
import { RevokeTokenButton } from "@/components/profile/token-forms";
import { RevokedStatus } from "@/components/profile/revoked-status";

type Token = Awaited<ReturnType<typeof listApiTokens>>[number];

export function TokenTable({ tokens, now }: { tokens: Token[]; now: Date }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-sm sm:min-w-[36rem]">
        <caption className="sr-only">Các mã truy cập của bạn</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Tên</th>
            {/* On a phone: name and status only, so what happened to a token shows without scrolling. */}
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">Mã</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">Dùng gần nhất</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">Hết hạn</th>
            <th scope="col" className="px-3 py-2">Trạng thái</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((t) => {
            const expired = t.expiresAt !== null && t.expiresAt <= now;
            return (
              <tr key={t.id}>
                <td className="px-3 py-2">{t.name}</td>
                <td className="hidden px-3 py-2 font-mono sm:table-cell">{t.prefix}…</td>
                <td className="hidden px-3 py-2 sm:table-cell">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Chưa dùng"}</td>
                <td className="hidden px-3 py-2 sm:table-cell">{t.expiresAt ? formatDateTime(t.expiresAt) : "Không"}</td>
                <td className="px-3 py-2">
                  {t.revokedAt ? (
                    <RevokedStatus at={t.revokedAt} reason={t.revokedReason} />
                  ) : expired ? (
                    <Badge tone="amber">Hết hạn</Badge>
                  ) : (
                    <RevokeTokenButton id={t.id} name={t.name} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
