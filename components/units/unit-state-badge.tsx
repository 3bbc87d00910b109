import { Badge } from "@/components/ui/badge";
import type { UnitState } from "@/lib/units/lifecycle";

/** Đang hoạt động / Đã sáp nhập / Đã giải thể / Ngừng sử dụng (set aside by hand, not closed). */
export function UnitStateBadge({ unit }: { unit: { state: UnitState; active: boolean } }) {
  if (unit.state === "merged") return <Badge tone="purple">Đã sáp nhập</Badge>;
  if (unit.state === "closed") return <Badge tone="red">Đã giải thể</Badge>;
  if (!unit.active) return <Badge>Ngừng sử dụng</Badge>;
  return <Badge tone="green">Đang hoạt động</Badge>;
}
