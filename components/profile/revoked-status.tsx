import type { RevokeReason } from "@/lib/generated/prisma/enums";
import { REVOKE_REASON_LABELS } from "@/lib/users/revoke-labels";
import { formatDateTime } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";

/** "Đã thu hồi" with why and when, for a token or a calendar feed that no longer works. */
export function RevokedStatus({ at, reason }: { at: Date; reason: RevokeReason | null }) {
  return (
    <span className="flex flex-col items-start gap-0.5">
      <Badge>Đã thu hồi</Badge>
      <span className="text-xs text-slate-600">
        {reason ? `Lý do: ${REVOKE_REASON_LABELS[reason]}, ` : ""}
        {formatDateTime(at)}
      </span>
    </span>
  );
}
