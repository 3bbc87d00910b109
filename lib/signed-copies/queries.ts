// Reads of signed copies: the list a plan shows (newest issue round first,
// newest upload first within a round), one file to download, and whether a
// plan has any (a number may not be corrected once one is attached).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Db, Tx } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/user";
import { allOf } from "@/lib/auth/filters";
import { notFound } from "@/lib/errors";
import { fromDbDateOrNull, type CalendarDate } from "@/lib/dates";
import { readablePlansWhere } from "@/lib/plans/access";
import type { SignedCopyKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { integrityOf, parseStoredSignatures, type Integrity, type SignatureReport } from "@/lib/documents/pdf-signatures";

export type SignedCopyView = {
  id: string;
  issueRound: number;
  numberLabel: string | null;
  issueDate: CalendarDate | null;
  /** Of the plan's newest issue round with a copy. */
  current: boolean;
  fileName: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
  uploadedBy: string | null;
  signatures: (SignatureReport & { integrity: Integrity })[];
  truncated: boolean;
};

const select = {
  id: true,
  issueRound: true,
  numberLabel: true,
  issueDate: true,
  fileName: true,
  size: true,
  sha256: true,
  uploadedAt: true,
  signatures: true,
  uploadedBy: { select: { displayName: true } },
} as const;

/** The plan's signed copies (or its issued report's: kind REPORT), newest round and upload first; [] for a plan the user may not read. */
export async function listSignedCopies(user: SessionUser, planId: string, kind: SignedCopyKind = "PLAN"): Promise<SignedCopyView[]> {
  if (!z.uuid().safeParse(planId).success) return [];
  return signedCopiesWhere(allOf({ planId, organizationId: user.organizationId, kind }, { plan: readablePlansWhere(user) }));
}

/**
 * The signed copies of a plan whose access the caller has checked already
 * (the plan page, after readPlanFacts): the same for every reader, so the page
 * reads them from the shared cache (lib/plans/cached.ts).
 */
export function signedCopiesOfCheckedPlan(organizationId: string, planId: string, kind: SignedCopyKind = "PLAN"): Promise<SignedCopyView[]> {
  return signedCopiesWhere({ planId, organizationId, kind });
}

async function signedCopiesWhere(where: Prisma.SignedCopyWhereInput): Promise<SignedCopyView[]> {
  const rows = await db.signedCopy.findMany({
    where,
    orderBy: [{ issueRound: "desc" }, { uploadedAt: "desc" }, { id: "desc" }],
    select,
  });
  const currentRound = rows[0]?.issueRound;
  return rows.map((row) => {
    const reading = parseStoredSignatures(row.signatures);
    return {
      id: row.id,
      issueRound: row.issueRound,
      numberLabel: row.numberLabel,
      issueDate: fromDbDateOrNull(row.issueDate),
      current: row.issueRound === currentRound,
      fileName: row.fileName,
      size: row.size,
      sha256: row.sha256,
      uploadedAt: row.uploadedAt,
      uploadedBy: row.uploadedBy?.displayName ?? null,
      signatures: reading.signatures.map((s) => ({ ...s, integrity: integrityOf(s) })),
      truncated: reading.truncated,
    };
  });
}

/** One copy's file, for a user who may read its plan (else 404). */
export async function getSignedCopyForDownload(user: SessionUser, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("bản đã ký");
  const copy = await db.signedCopy.findFirst({
    where: allOf({ id, organizationId: user.organizationId }, { plan: readablePlansWhere(user) }),
    select: { fileName: true, data: true },
  });
  if (!copy) throw notFound("bản đã ký");
  return { bytes: copy.data, fileName: copy.fileName, contentType: "application/pdf" };
}

/**
 * Whether the plan's current issue carries a signed copy: the copy of the round it was last issued in. An
 * amendment issued again starts a new round, whose number can be corrected until its own copy is attached.
 */
export async function planHasSignedCopy(tx: Tx | Db, planId: string): Promise<boolean> {
  const round = await tx.planVersion.count({ where: { planId, kind: "ISSUED" } });
  return (await tx.signedCopy.count({ where: { planId, kind: "PLAN", issueRound: round } })) > 0;
}
