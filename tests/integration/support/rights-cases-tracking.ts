// Rights cases of tracking a running plan (trackingRights in
// lib/activities/access.ts), calendar feeds (canManageFeed) and importing a
// plan document (plan.create; new units need unit.manage, or unit.addExternal for one outside the department).
import { todayInVietnam } from "@/lib/dates";
import { regenerateFeed } from "@/lib/calendar-feeds/service";
import { inTransaction } from "./factories";
import { planIn, versionOf, type PlanFixture, type RightsWorld } from "./rights-world";
import { actionCase, refuse, type ActionCase, type Build } from "./rights-dsl";

const issued = (w: RightsWorld) => planIn(w, "ISSUED");
const update = (fields: Record<string, unknown>): Build<PlanFixture> => async (t) => ({
  activityId: t.activity.id,
  version: await versionOf.activity(t.activity.id),
  ...fields,
});

type TwoPlans = { issued: PlanFixture; draft: PlanFixture };
const twoPlans = async (w: RightsWorld): Promise<TwoPlans> => ({ issued: await planIn(w, "ISSUED"), draft: await planIn(w, "DRAFT") });

const TRACKING = {
  recordUpdateAction: actionCase<PlanFixture>({
    setup: issued,
    input: update({ note: "Đã gửi giấy mời" }),
    refused: [
      refuse("FORBIDDEN", ["staffOther", "viewer"], undefined, "no part in the activity"),
      refuse("FORBIDDEN", ["staffSupport"], update({ status: "IN_PROGRESS" }), "a supporting unit does not change the status"),
      refuse("FORBIDDEN", ["staffSupport"], update({ progress: 50 }), "progress belongs to the lead unit"),
      refuse("FORBIDDEN", ["staffLead", "admin"], update({ status: "CANCELLED", statusReason: "Không tổ chức" }), "cancel is LEADER only"),
      refuse("NOT_FOUND", ["otherOrgLeader"]),
    ],
    allowed: [
      { who: "staffSupport" },
      { who: "staffLead", input: update({ status: "DONE", result: "Đã tổ chức" }) },
      { who: "leader", input: update({ status: "CANCELLED", statusReason: "Không tổ chức" }) },
    ],
  }),
  remindLeadUnitAction: actionCase<TwoPlans>({
    setup: twoPlans,
    input: (t) => ({ activityId: t.issued.activity.id, message: "Đề nghị cập nhật tiến độ trước thứ Sáu." }),
    refused: [
      refuse("FORBIDDEN", ["admin", "staffLead", "staffSupport", "staffOther", "viewer"], undefined, "activity.remind is LEADER only"),
      refuse("NOT_FOUND", ["viewer"], (t) => ({ activityId: t.draft.activity.id, message: "" }), "an activity of a draft"),
      refuse("NOT_FOUND", ["otherOrgLeader"]),
    ],
    allowed: [{ who: "leader" }],
  }),
  addCommentAction: actionCase<TwoPlans>({
    setup: twoPlans,
    input: (t) => ({ activityId: t.issued.activity.id, body: "Đề nghị bổ sung số liệu" }),
    refused: [
      refuse("FORBIDDEN", ["viewer"], undefined, "viewers do not take part in discussions"),
      refuse("NOT_FOUND", ["viewer"], (t) => ({ activityId: t.draft.activity.id, body: "Xem trước" }), "an activity of a draft"),
      refuse("NOT_FOUND", ["otherOrgLeader"]),
    ],
    allowed: [{ who: "staffOther" }],
  }),
  saveTargetsAction: actionCase<PlanFixture>({
    setup: issued,
    input: update({ targets: [{ label: "Số người tham dự", targetValue: 400 }] }),
    refused: [refuse("FORBIDDEN", ["staffSupport", "staffOther", "viewer"]), refuse("NOT_FOUND", ["otherOrgLeader"])],
    allowed: [{ who: "staffLead" }],
  }),
};

type FeedTargets = TwoPlans & { unitA: string };
const feedTargets = async (w: RightsWorld): Promise<FeedTargets> => {
  const plans = await twoPlans(w);
  // A feed of unit A exists, so revoking has something to refuse.
  await inTransaction((tx) => regenerateFeed(tx, w.users.leader, { kind: "unit", id: w.unitA.id }));
  return { ...plans, unitA: w.unitA.id };
};
const feedRefusals = [
  refuse<FeedTargets>("FORBIDDEN", ["staffSupport", "viewer"], undefined, "the feed of a unit that is not theirs"),
  refuse<FeedTargets>("NOT_FOUND", ["viewer"], (t) => ({ kind: "plan", id: t.draft.plan.id }), "the feed of a draft"),
  refuse<FeedTargets>("NOT_FOUND", ["otherOrgLeader"]),
];

const FEEDS = {
  regenerateFeedAction: actionCase<FeedTargets>({
    setup: feedTargets,
    input: (t) => ({ kind: "unit", id: t.unitA }),
    refused: feedRefusals,
    allowed: [{ who: "staffLead" }, { who: "staffSupport", input: (t) => ({ kind: "plan", id: t.issued.plan.id }) }],
  }),
  revokeFeedAction: actionCase<FeedTargets>({
    setup: feedTargets,
    input: (t) => ({ kind: "unit", id: t.unitA }),
    refused: feedRefusals,
    allowed: [{ who: "staffLead" }],
  }),
};

/** A plan document whose one lead unit, "Phòng Alpha", is in no organisation: the importer must say which unit it is. */
const IMPORT_TEXT = [
  "UBND TỈNH THỬ NGHIỆM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc",
  `\tThử Nghiệm, ngày 02 tháng 5 năm ${todayInVietnam().slice(0, 4)}`,
  "KẾ HOẠCH",
  "Tổ chức Ngày hội thử nghiệm",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "- Thử quyền nhập kế hoạch.",
  "II. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC",
  "1. Phân công thực hiện",
  "1.1. Chuẩn bị (từ 04/5 đến 19/5)",
  "TT\tNội dung\tCơ quan chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tGhi chú",
  "1\tViết tin bài\tPhòng Alpha\t\t04-12/5\t",
  "Trên đây là Kế hoạch tổ chức Ngày hội thử nghiệm./.",
  "Nơi nhận:\tGIÁM ĐỐC",
  "- Lưu: VT.\tNguyễn Văn A",
].join("\n");
const importAs = (unit: (w: RightsWorld) => string): Build<null> => (_t, w) => ({ text: IMPORT_TEXT, mapping: [{ text: "Phòng Alpha", unit: unit(w) }] });
const newUnit = importAs(() => "new:INTERNAL");
const newExternalUnit = importAs(() => "new:EXTERNAL");

const DOCUMENTS = {
  previewImportAction: actionCase({
    setup: async () => null,
    input: () => ({ text: IMPORT_TEXT }),
    refused: [refuse("FORBIDDEN", ["viewer"])],
    allowed: [{ who: "staffLead", changes: false }],
  }),
  confirmImportAction: actionCase<null>({
    setup: async () => null,
    input: importAs((w) => w.unitA.id),
    refused: [
      refuse("FORBIDDEN", ["viewer"]),
      refuse("FORBIDDEN", ["staffLead", "leader"], newUnit, "creating a unit needs unit.manage"),
      refuse("FORBIDDEN", ["staffLead"], newExternalUnit, "adding a unit outside the department needs unit.addExternal"),
      refuse("INVALID", ["otherOrgLeader"], undefined, "a unit of another organisation"),
    ],
    allowed: [
      { who: "staffLead", redirectTo: /^\/plans\/[\w-]+\?done=import$/ },
      { who: "admin", input: newUnit, redirectTo: /^\/plans\/[\w-]+\?done=import$/ },
      { who: "leader", input: newExternalUnit, redirectTo: /^\/plans\/[\w-]+\?done=import$/ },
    ],
  }),
};

export const TRACKING_ACTION_CASES: Record<string, ActionCase> = { ...TRACKING, ...FEEDS, ...DOCUMENTS };
