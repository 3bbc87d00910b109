// Every create, update, delete and transition writes one audit entry in the
// same transaction as the change itself.
import type { Tx } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/user";
import { replaceUnstorable } from "@/lib/text";

export type AuditEntry = {
  action: string;
  entityType: "Organization" | "Unit" | "User" | "Plan" | "PlanTemplate" | "Phase" | "Activity" | "ActivityUpdate" | "SignedCopy";
  entityId: string;
  entityLabel?: string;
  planId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

type Plain = Record<string, unknown>;

/**
 * jsonb refuses NUL and a lone surrogate. Inputs are checked at the edges
 * (lib/validation.ts); this is the net under them, so a text the server itself
 * made (a label cut short) can never fail the change it records.
 */
function toJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return replaceUnstorable(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [replaceUnstorable(k), toJson(v)]));
  return value;
}

/**
 * Keeps only the fields whose values differ, for a readable before/after. A
 * window (start, end) is one value: when one end changed both ends are kept,
 * so the history can say "từ 01–10/5/2026 sang 01–12/5/2026".
 */
export function changedFields(before: Plain, after: Plain): { before: Plain; after: Plain } {
  const b: Plain = {};
  const a: Plain = {};
  const differs = (key: string) => JSON.stringify(toJson(before[key])) !== JSON.stringify(toJson(after[key]));
  const windowChanged = "start" in after && "end" in after && (differs("start") || differs("end"));
  for (const key of Object.keys(after)) {
    if (differs(key) || (windowChanged && (key === "start" || key === "end"))) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

export async function writeAudit(tx: Tx, actor: Pick<SessionUser, "id" | "organizationId"> | null, organizationId: string, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      organizationId,
      actorId: actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      entityLabel: entry.entityLabel ?? "",
      planId: entry.planId ?? null,
      before: entry.before ? (toJson(entry.before) as Prisma.InputJsonValue) : undefined,
      after: entry.after ? (toJson(entry.after) as Prisma.InputJsonValue) : undefined,
    },
  });
}
