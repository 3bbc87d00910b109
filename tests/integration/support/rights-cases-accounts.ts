// Rights cases of accounts: users, units and the organisation's document
// details (ADMIN of the same organisation only), personal API tokens and
// notifications (their owner only), one's own password (knowing the current
// one) and one's own sessions.
import { db } from "@/lib/db";
import { todayInVietnam } from "@/lib/dates";
import { previewMerge } from "@/lib/units/merge";
import { TEST_PASSWORD, unique } from "./factories";
import { tokenFor } from "./api";
import { versionOf, type RightsWorld } from "./rights-world";
import { actionCase, refuse, type ActionCase } from "./rights-dsl";

const NEW_PASSWORD = "mat-khau-moi-cua-nam";
const none = async () => null;

/** The target is STAFF of unit B; only an ADMIN of the organisation may change it. */
const manageUser = (fields: (w: RightsWorld) => Record<string, unknown>) =>
  actionCase({
    setup: none,
    input: async (_t, w) => ({ id: w.users.staffSupport.id, version: await versionOf.user(w.users.staffSupport.id), ...fields(w) }),
    refused: [refuse("FORBIDDEN", ["leader", "staffLead", "staffSupport"], undefined, "user.manage, even of one's own account"), refuse("NOT_FOUND", ["otherOrgAdmin"])],
    allowed: [{ who: "admin" }],
  });

const USERS = {
  createUserAction: actionCase({
    setup: none,
    input: (_t, w) => ({ username: unique("nguoi-dung"), password: NEW_PASSWORD, displayName: "Người mới", role: "STAFF", unitId: w.unitB.id }),
    refused: [
      refuse("FORBIDDEN", ["leader", "staffLead", "viewer"]),
      refuse("INVALID", ["otherOrgAdmin"], (_t, w) => ({ username: unique("nguoi-dung"), password: NEW_PASSWORD, displayName: "Người mới", role: "STAFF", unitId: w.unitA.id }), "a unit of another organisation"),
    ],
    allowed: [{ who: "admin" }],
  }),
  updateUserAction: manageUser((w) => ({ displayName: "Tên mới", role: "ADMIN", unitId: w.unitB.id })),
  resetPasswordAction: manageUser(() => ({ password: NEW_PASSWORD })),
  setUserActiveAction: manageUser(() => ({})), // no "active" box: deactivate
  changeOwnPasswordAction: actionCase({
    setup: none,
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    refused: [refuse("INVALID", ["staffLead"], () => ({ currentPassword: "doan-sai-mat-khau", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }), "without the current password")],
    allowed: [{ who: "staffLead", redirectTo: /^\/login\?changed=1$/ }],
  }),
};

/** Unit B, which its own STAFF may not manage either. */
const manageUnit = (fields: () => Record<string, unknown>) =>
  actionCase({
    setup: none,
    input: async (_t, w) => ({ id: w.unitB.id, version: await versionOf.unit(w.unitB.id), ...fields() }),
    refused: [refuse("FORBIDDEN", ["leader", "staffSupport"]), refuse("NOT_FOUND", ["otherOrgAdmin"])],
    allowed: [{ who: "admin" }],
  });

const UNITS = {
  createUnitAction: actionCase({
    setup: none,
    input: () => ({ name: unique("Phòng mới"), shortName: "PM", kind: "INTERNAL" }),
    refused: [refuse("FORBIDDEN", ["leader", "staffLead", "viewer"])],
    allowed: [{ who: "admin" }],
  }),
  updateUnitAction: manageUnit(() => ({ name: unique("Phòng đổi tên"), shortName: "PĐT", kind: "INTERNAL" })),
  setUnitActiveAction: manageUnit(() => ({})), // no "active" box: deactivate
  // Reorganisations (issue 16 §6), unit.manage like the rest.
  renameUnitAction: manageUnit(() => ({ name: unique("Phòng đổi tên"), shortName: "PĐT", effectiveDate: todayInVietnam(), reason: "Quyết định" })),
  closeUnitAction: manageUnit(() => ({ effectiveDate: todayInVietnam(), reason: "Giải thể" })),
  mergeUnitAction: actionCase({
    setup: none,
    input: async (_t, w) => ({
      id: w.unitB.id,
      version: await versionOf.unit(w.unitB.id),
      targetId: w.unitC.id,
      effectiveDate: todayInVietnam(),
      reason: "",
      previewKey: (await previewMerge(db, w.users.admin, w.unitB.id, w.unitC.id)).previewKey,
    }),
    refused: [refuse("FORBIDDEN", ["leader", "staffSupport"]), refuse("NOT_FOUND", ["otherOrgAdmin"])],
    allowed: [{ who: "admin", redirectTo: /^\/units\/[0-9a-f-]+$/ }],
  }),
};

/** Names, code and place on documents: the caller's own organisation (no id to aim elsewhere), ADMIN only. */
const ORGANIZATION = {
  updateOrganizationAction: actionCase({
    setup: none,
    input: async (_t, w) => ({
      version: await versionOf.organization(w.org.id),
      name: "Sở Khoa học và Công nghệ (tên mới)",
      headerName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      parentName: "UBND TỈNH",
      code: "SKHCN",
      place: "Lạng Sơn",
    }),
    refused: [refuse("FORBIDDEN", ["leader", "staffLead", "viewer"], undefined, "organization.manage")],
    allowed: [{ who: "admin" }],
  }),
};

const OWN = {
  createApiTokenAction: actionCase({
    setup: none,
    input: () => ({ name: "Báo cáo tự động" }),
    refused: [], // anyone signed in makes their own; signed out is refused
    allowed: [{ who: "viewer" }],
  }),
  revokeApiTokenAction: actionCase({
    setup: async (w) => {
      await tokenFor(w.users.staffLead);
      return (await db.apiToken.findFirstOrThrow({ where: { userId: w.users.staffLead.id } })).id;
    },
    input: (id) => ({ id }),
    refused: [refuse("NOT_FOUND", ["staffSupport", "admin", "otherOrgAdmin"], undefined, "another user's token")],
    allowed: [{ who: "staffLead" }],
  }),
  signOutEverywhereAction: actionCase({
    setup: none,
    input: () => ({}),
    refused: [], // no input: it ends the caller's own sessions (credentials.test.ts: nobody else's); signed out is refused
    allowed: [{ who: "viewer", redirectTo: /^\/login\?signedOut=everywhere$/ }],
  }),
  updateOwnMailAction: actionCase({
    setup: none,
    input: async (_t, w) => ({ version: await versionOf.user(w.users.staffLead.id), email: "can-bo@thu-nghiem.gov.vn", mailPreference: "DIGEST" }),
    refused: [], // no id: it changes the caller's own account (users-mail.test.ts); signed out is refused
    allowed: [{ who: "staffLead" }],
  }),
  markNotificationReadAction: actionCase({
    setup: (w) => unreadNotification(w),
    input: (id) => ({ id }),
    refused: [refuse("NOT_FOUND", ["staffSupport", "admin", "otherOrgLeader"], undefined, "another user's notification")],
    allowed: [{ who: "staffLead" }],
  }),
  markAllNotificationsReadAction: actionCase({
    setup: (w) => unreadNotification(w),
    input: () => ({}),
    refused: [refuse("NO_CHANGE", ["staffSupport", "otherOrgLeader"], undefined, "marks only the caller's own")],
    allowed: [{ who: "staffLead" }],
  }),
};

async function unreadNotification(w: RightsWorld) {
  const notification = await db.notification.create({
    data: { organizationId: w.org.id, userId: w.users.staffLead.id, kind: "plan.returned", title: "Kế hoạch bị trả lại", link: "/plans" },
  });
  return notification.id;
}

export const ACCOUNT_ACTION_CASES: Record<string, ActionCase> = { ...USERS, ...UNITS, ...ORGANIZATION, ...OWN };
