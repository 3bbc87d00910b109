import type { listApiTokens } from "@/lib/api-tokens/queries";
import { formatDateTime } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";
import { RevokeTokenButton } from "@/components/profile/token-forms";
import { RevokedStatus } from "@/components/profile/revoked-status";

type Token = Awaited<ReturnType<typeof listApiTokens>>[number];

export function TokenTable({ tokens, now }: { tokens: Token[]; now: Date }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Các mã truy cập của bạn</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Tên</th>
            <th scope="col" className="px-3 py-2">Mã</th>
            <th scope="col" className="px-3 py-2">Dùng gần nhất</th>
            <th scope="col" className="px-3 py-2">Hết hạn</th>
            <th scope="col" className="px-3 py-2">Trạng thái</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((t) => {
            const expired = t.expiresAt !== null && t.expiresAt <= now;
            return (
              <tr key={t.id}>
                <td className="px-3 py-2">{t.name}</td>
                <td className="px-3 py-2 font-mono">{t.prefix}…</td>
                <td className="px-3 py-2">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Chưa dùng"}</td>
                <td className="px-3 py-2">{t.expiresAt ? formatDateTime(t.expiresAt) : "Không"}</td>
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
