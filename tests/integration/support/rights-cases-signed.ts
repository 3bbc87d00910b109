// Rights cases of the signed copy (lib/signed-copies/): attaching needs
// plan.signedCopy.attach (leaders and admins; the văn thư at merge) on a plan
// the caller may read; downloading needs only reading the plan.
import { db } from "@/lib/db";
import { todayInVietnam, toDbDate, yearOf } from "@/lib/dates";
import { plainPdf, signPdf } from "../../support/signed-pdf";
import { planIn, type PlanFixture, type RightsWorld } from "./rights-world";
import { actionCase, readCase, refuse, status, writeCase, type ActionCase, type ApiCase } from "./rights-dsl";

let signed: Promise<Buffer> | undefined;
/** One signed PDF for every case (signing makes an RSA key). */
export const signedPdf = () => (signed ??= signPdf(plainPdf()));
export const signedFile = async (name = "ke-hoach-da-ky.pdf") => new File([new Uint8Array(await signedPdf())], name, { type: "application/pdf" });

/** A signed copy stored directly on a plan (to read or download), as the service would store it. */
export async function signedCopyOn(fixture: PlanFixture) {
  const bytes = await signedPdf();
  return db.signedCopy.create({
    data: {
      organizationId: fixture.plan.organizationId,
      planId: fixture.plan.id,
      issueRound: 0,
      fileName: "ban-da-ky.pdf",
      size: bytes.byteLength,
      sha256: "0".repeat(64),
      data: new Uint8Array(bytes),
      signatures: { signatures: [], truncated: false },
    },
  });
}

const issued = (w: RightsWorld) => planIn(w, "ISSUED");

/** An issued plan whose results report has its number (as issuePlanReport leaves it), issued today. */
export async function planWithIssuedReport(w: RightsWorld): Promise<PlanFixture> {
  const t = await issued(w);
  const today = todayInVietnam();
  await db.planReport.create({
    data: { planId: t.plan.id, organizationId: t.plan.organizationId, recipients: [], number: 905, numberYear: yearOf(today), symbol: "BC-SKHCN", issueDate: toDbDate(today), issuedAt: new Date() },
  });
  return t;
}

export const SIGNED_COPY_ACTION_CASES: Record<string, ActionCase> = {
  attachSignedCopyAction: actionCase<PlanFixture>({
    setup: issued,
    input: async (t) => ({ planId: t.plan.id, file: await signedFile() }),
    refused: [
      refuse("FORBIDDEN", ["staffLead", "staffSupport", "staffOther", "viewer"], undefined, "plan.signedCopy.attach is LEADER and ADMIN (and VAN_THU at merge)"),
      refuse("NOT_FOUND", ["otherOrgLeader", "otherOrgAdmin"]),
    ],
    allowed: [{ who: "leader" }, { who: "admin" }],
  }),
};

export const SIGNED_COPY_API_CASES: Record<string, ApiCase> = {
  attachSignedCopy: writeCase<PlanFixture>({
    setup: issued,
    request: async (t) => {
      const formData = new FormData();
      formData.set("file", await signedFile());
      return { method: "POST", path: `/plans/${t.plan.id}/signed-copies`, formData };
    },
    refused: [status(403, ["staffLead", "staffSupport", "staffOther", "viewer"]), status(404, ["otherOrgLeader", "otherOrgAdmin"])],
    allowed: { who: "leader", status: 201 },
  }),
  attachReportSignedCopy: writeCase<PlanFixture>({
    setup: planWithIssuedReport,
    request: async (t) => {
      const formData = new FormData();
      formData.set("file", await signedFile());
      return { method: "POST", path: `/plans/${t.plan.id}/report/signed-copies`, formData };
    },
    refused: [status(403, ["staffLead", "staffSupport", "staffOther", "viewer"]), status(404, ["otherOrgLeader", "otherOrgAdmin"])],
    allowed: { who: "vanThu", status: 201 },
  }),
  downloadSignedCopy: readCase<{ issued: string; draft: string }>({
    setup: async (w) => ({ issued: (await signedCopyOn(await planIn(w, "ISSUED"))).id, draft: (await signedCopyOn(await planIn(w, "DRAFT"))).id }),
    request: (t) => ({ method: "GET", path: `/signed-copies/${t.issued}` }),
    refused: [status(404, ["otherOrgLeader", "otherOrgAdmin"]), status(404, ["viewer"], (t) => ({ method: "GET", path: `/signed-copies/${t.draft}` }))],
    allowed: { who: "viewer", status: 200 },
  }),
};
