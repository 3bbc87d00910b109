// The route handlers outside /api/v1 that serve data (OTHER_ROUTES in
// rights-enumeration.test.ts) do what their allowlist entry says: 401
// without a session, 404 for what the caller may not read. (The iCalendar
// feed, keyed by its token, is covered in dashboard.test.ts.)
import { describe, expect, it, vi } from "vitest";
import type * as SessionToken from "@/lib/auth/session-token";
import { attachmentOn, planIn, rightsWorld, sessionOf, type Caller, type RightsWorld } from "./support/rights-world";
import { signedCopyOn } from "./support/rights-cases-signed";

const session = vi.hoisted(() => ({ current: null as { uid: string; sv: number; sid: string } | null }));
vi.mock("@/lib/auth/session-token", async (importOriginal) => ({ ...(await importOriginal<typeof SessionToken>()), sessionClaims: async () => session.current }));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const load = async (imported: Promise<{ GET: unknown }>) => (await imported).GET as Handler;

async function get(w: RightsWorld, who: Caller | "signedOut", handler: Handler, url: string, params: Record<string, string> = {}) {
  session.current = who === "signedOut" ? null : await sessionOf(w, who);
  return (await handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) })).status;
}

describe("downloads outside the API refuse who may not read", () => {
  it("/files/{id}, /files/signed/{id}, /plans/{id}/export/{format} and /export/units?plan=", async () => {
    const w = await rightsWorld();
    const [issued, draft] = [await planIn(w, "ISSUED"), await planIn(w, "DRAFT")];
    const [issuedFile, draftFile] = [await attachmentOn(issued), await attachmentOn(draft)];
    const [issuedCopy, draftCopy] = [await signedCopyOn(issued), await signedCopyOn(draft)];
    const signed = await load(import("@/app/files/signed/[id]/route"));
    const file = await load(import("@/app/files/[id]/route"));
    const exportPlan = await load(import("@/app/(app)/plans/[id]/export/[format]/route"));
    const exportUnits = await load(import("@/app/(app)/export/units/route"));
    const calls = {
      file: (who: Caller | "signedOut", id: string) => get(w, who, file, `/files/${id}`, { id }),
      signed: (who: Caller | "signedOut", id: string) => get(w, who, signed, `/files/signed/${id}`, { id }),
      docx: (who: Caller | "signedOut", id: string) => get(w, who, exportPlan, `/plans/${id}/export/docx`, { id, format: "docx" }),
      units: (who: Caller | "signedOut", id: string) => get(w, who, exportUnits, `/export/units?plan=${id}`),
    };
    for (const [name, call] of Object.entries(calls)) {
      const [issuedId, draftId] = name === "file" ? [issuedFile.id, draftFile.id] : name === "signed" ? [issuedCopy.id, draftCopy.id] : [issued.plan.id, draft.plan.id];
      const statuses = {
        signedOut: await call("signedOut", issuedId),
        otherOrg: await call("otherOrgLeader", issuedId),
        viewerDraft: await call("viewer", draftId),
        viewerIssued: await call("viewer", issuedId),
        staffDraft: await call("staffOther", draftId),
      };
      expect(statuses, name).toEqual({ signedOut: 401, otherOrg: 404, viewerDraft: 404, viewerIssued: 200, staffDraft: 200 });
    }
  });
});

describe("Việc cần chú ý as Excel refuses who may not read it", () => {
  it("/attention/export: 401 signed out, 403 for a viewer (no attention.read in the map), 404 for another organisation's unit; staff get their unit's", async () => {
    const w = await rightsWorld();
    await planIn(w, "ISSUED");
    const exportAttention = await load(import("@/app/(app)/attention/export/route"));
    const call = (who: Caller | "signedOut", query = "") => get(w, who, exportAttention, `/attention/export${query}`);
    const statuses = {
      signedOut: await call("signedOut"),
      viewer: await call("viewer"),
      otherOrgUnit: await call("otherOrgLeader", `?unit=${w.unitA.id}`),
      staffOther: await call("staffOther", `?unit=${w.unitA.id}`),
      leader: await call("leader", `?unit=${w.unitA.id}&kind=overdue`),
      admin: await call("admin"),
    };
    expect(statuses).toEqual({ signedOut: 401, viewer: 403, otherOrgUnit: 404, staffOther: 200, leader: 200, admin: 200 });
  });
});

describe("Sổ đăng ký kế hoạch as Excel refuses who may not read it", () => {
  it("/register/export: 401 signed out, 403 for staff and viewers (no register.read), the văn thư, leaders and admins get their own organisation's", async () => {
    const w = await rightsWorld();
    await planIn(w, "ISSUED");
    const exportRegister = await load(import("@/app/(app)/register/export/route"));
    const call = (who: Caller | "signedOut") => get(w, who, exportRegister, "/register/export");
    const statuses = {
      signedOut: await call("signedOut"),
      viewer: await call("viewer"),
      staffLead: await call("staffLead"),
      vanThu: await call("vanThu"),
      leader: await call("leader"),
      admin: await call("admin"),
      otherOrgLeader: await call("otherOrgLeader"),
    };
    expect(statuses).toEqual({ signedOut: 401, viewer: 403, staffLead: 403, vanThu: 200, leader: 200, admin: 200, otherOrgLeader: 200 });
  });
});
