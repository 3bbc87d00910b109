import type { UnitKind } from "@/lib/generated/prisma/enums";

export const UNIT_KINDS = ["INTERNAL", "EXTERNAL", "GROUP"] as const satisfies readonly UnitKind[];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  INTERNAL: "Đơn vị thuộc Sở",
  EXTERNAL: "Cơ quan bên ngoài",
  GROUP: "Nhóm đơn vị",
};
