// Who may do what: the one map of rights. Each role lists the permissions it
// holds and, for each, whether it holds it on everything of its organisation
// (`true`) or only where the user stands in one of the named relationships to
// the thing (the plan's author, a member of the unit that leads an activity…).
// The relationship facts come from the data; the access modules (lib/*/access.ts)
// work them out and ask `can()`. Nothing else compares role names.
import type { Role } from "@/lib/generated/prisma/enums";
import { forbidden } from "@/lib/errors";

/** Every permission, named for what it allows, and what it allows. */
export const PERMISSIONS = {
  "plan.read.drafts": "Xem kế hoạch trước khi ban hành (dự thảo, chờ duyệt, đã duyệt)",
  "plan.create": "Tạo kế hoạch (trống, từ kế hoạch khác, từ mẫu, từ văn bản) và lưu mẫu",
  "plan.edit": "Soạn, sửa kế hoạch khi là dự thảo hoặc bị trả lại",
  "plan.chooseDraftingUnit": "Chọn đơn vị soạn thảo của kế hoạch",
  "plan.submit": "Trình duyệt và rút lại kế hoạch",
  "plan.review": "Phê duyệt hoặc trả lại kế hoạch",
  "plan.issue": "Ban hành kế hoạch (cấp số)",
  "plan.correctNumber": "Sửa số, ký hiệu, ngày ban hành của kế hoạch đã ban hành (có lý do, khi chưa đính kèm bản đã ký)",
  "register.read": "Xem sổ đăng ký kế hoạch và tải Excel",
  "plan.importIssued": "Nhập kế hoạch đã ban hành từ văn bản (giữ số, ngày ban hành, người ký)",
  "plan.amend": "Mở điều chỉnh kế hoạch đã ban hành",
  "plan.signedCopy.attach": "Đính kèm bản đã ký (PDF) của kế hoạch đã ban hành",
  "plan.complete": "Kết thúc kế hoạch",
  "plan.archive": "Lưu trữ kế hoạch đã kết thúc",
  "plan.report.edit": "Viết đánh giá, tồn tại, kiến nghị và nơi nhận của báo cáo kết quả",
  "template.delete": "Xóa mẫu kế hoạch",
  "activity.changeStatus": "Đổi trạng thái, tiến độ, kết quả, ngày thực tế, chỉ tiêu của hoạt động",
  "activity.report": "Ghi chú, số liệu, minh chứng, tệp cho hoạt động",
  "activity.cancel": "Hủy hoặc mở lại hoạt động",
  "activity.comment": "Trao đổi về hoạt động",
  "activity.remind": "Nhắc đơn vị chủ trì thực hiện hoạt động (mỗi ngày một lần)",
  "calendarFeed.plan.manage": "Tạo, thay, thu hồi đường dẫn lịch của kế hoạch",
  "calendarFeed.unit.manage": "Tạo, thay, thu hồi đường dẫn lịch việc của đơn vị",
  "audit.read": "Xem lịch sử thay đổi",
  "organization.manage": "Sửa thông tin cơ quan in trên văn bản",
  "unit.manage": "Quản lý đơn vị",
  "unit.addExternal": "Thêm đơn vị ngoài Sở khi nhập kế hoạch (ghi vào lịch sử thay đổi)",
  "user.manage": "Quản lý người dùng",
  "mail.outbox.read": "Đọc thư đi của Sở (hộp thư chờ gửi, đã gửi, lỗi)",
  "attention.read": "Xem danh sách việc cần chú ý (quá hạn, vướng mắc, sắp đến hạn, chưa báo cáo)",
} as const;

export type Permission = keyof typeof PERMISSIONS;

/** What a role is told of besides what its rights bring (who reviews hears of submitted plans through plan.review). */
export const TOPICS = {
  "plan.awaitingIssue": "Kế hoạch đã được phê duyệt, chờ cấp số và ban hành",
} as const;

export type Topic = keyof typeof TOPICS;

/**
 * How a user stands to one thing, worked out from the data by the access modules.
 * author: made the plan or template; draftingUnit: their unit drafts the plan;
 * leadUnit / supportUnit: their unit leads / supports the activity (directly or
 * through a unit group); ownUnit: the unit in question is their own.
 */
export type Relation = "author" | "draftingUnit" | "leadUnit" | "supportUnit" | "ownUnit";
export type Facts = Partial<Record<Relation, boolean>>;

/** true: on anything of the organisation; a list: only where one of these relationships holds. */
export type Grant = true | readonly Relation[];

type RoleDefinition = { label: string; grants: Partial<Record<Permission, Grant>>; hears?: readonly Topic[] };

const ROLE_MAP = {
  ADMIN: {
    label: "Quản trị hệ thống",
    grants: {
      "plan.read.drafts": true,
      "plan.create": true,
      "plan.edit": true,
      "plan.chooseDraftingUnit": true,
      "plan.submit": ["author"],
      "plan.issue": true,
      "plan.correctNumber": true,
      "register.read": true,
      "plan.importIssued": true,
      "plan.signedCopy.attach": true,
      "plan.archive": true,
      "template.delete": true,
      "activity.changeStatus": true,
      "activity.report": true,
      "activity.comment": true,
      "calendarFeed.plan.manage": true,
      "calendarFeed.unit.manage": true,
      "audit.read": true,
      "organization.manage": true,
      "unit.manage": true,
      "unit.addExternal": true,
      "user.manage": true,
      "mail.outbox.read": true,
      "attention.read": true,
    },
  },
  LEADER: {
    label: "Lãnh đạo Sở",
    grants: {
      "plan.read.drafts": true,
      "plan.create": true,
      "plan.edit": true,
      "plan.chooseDraftingUnit": true,
      "plan.submit": true,
      "plan.review": true,
      // Leaders keep issuing: a department without a văn thư account (or with the văn thư away) must still issue.
      "plan.issue": true,
      "register.read": true,
      "plan.importIssued": true,
      "plan.amend": true,
      "plan.signedCopy.attach": true,
      "plan.complete": true,
      "plan.archive": true,
      "plan.report.edit": true,
      "template.delete": true,
      "activity.changeStatus": true,
      "activity.report": true,
      "activity.cancel": true,
      "activity.comment": true,
      "activity.remind": true,
      "calendarFeed.plan.manage": true,
      "calendarFeed.unit.manage": true,
      "audit.read": true,
      "unit.addExternal": true,
      "attention.read": true,
    },
  },
  // Văn thư (NĐ 30/2020, Điều 15): keeps the register. Reads every plan as leaders do, issues approved plans with
  // the register's number, corrects a number, reads the register. Does not approve or return, does not edit content.
  VAN_THU: {
    label: "Văn thư",
    // Leaders and admins may issue too, but it is the văn thư's daily work: they hear when a plan waits for its number.
    hears: ["plan.awaitingIssue"],
    grants: {
      "plan.read.drafts": true,
      "plan.issue": true,
      "plan.correctNumber": true,
      "register.read": true,
      "plan.signedCopy.attach": true,
      "activity.comment": true,
      "audit.read": true,
    },
  },
  STAFF: {
    label: "Cán bộ đơn vị",
    grants: {
      "plan.read.drafts": true,
      "plan.create": true,
      "plan.edit": ["author", "draftingUnit"],
      "plan.submit": ["author", "draftingUnit"],
      // The drafting unit writes the results report of its plan, as it drafted the plan.
      "plan.report.edit": ["author", "draftingUnit"],
      "template.delete": ["author"],
      "activity.changeStatus": ["leadUnit"],
      "activity.report": ["leadUnit", "supportUnit"],
      "activity.comment": true,
      "calendarFeed.plan.manage": true,
      "calendarFeed.unit.manage": ["ownUnit"],
      "audit.read": true,
      // Staff see what needs attention in their own unit's work only.
      "attention.read": ["ownUnit"],
    },
  },
  VIEWER: {
    label: "Người xem",
    grants: {},
  },
} as const satisfies Record<Role, RoleDefinition>;

/** Every role, in the order forms list them. */
export const ROLES = Object.keys(ROLE_MAP) as [Role, ...Role[]];

export const ROLE_LABELS = Object.fromEntries(ROLES.map((role) => [role, ROLE_MAP[role].label])) as Record<Role, string>;

/** The role a new account is offered first: most accounts are a unit's staff. */
export const DEFAULT_ROLE: Role = "STAFF";

const UNIT_RELATIONS: readonly Relation[] = ["draftingUnit", "leadUnit", "supportUnit", "ownUnit"];

function grantOf(role: Role, permission: Permission): Grant | undefined {
  return (ROLE_MAP[role].grants as Partial<Record<Permission, Grant>>)[permission];
}

/** Holds the permission at all (on everything, or through some relationship). */
export function roleCan(role: Role, permission: Permission): boolean {
  return grantOf(role, permission) !== undefined;
}

/** The one check: the role's grant, and where it is limited, the facts about this thing. */
export function can(user: { role: Role }, permission: Permission, facts: Facts = {}): boolean {
  const grant = grantOf(user.role, permission);
  if (grant === undefined) return false;
  return grant === true || grant.some((relation) => facts[relation] === true);
}

export function assertCan(user: { role: Role }, permission: Permission, facts?: Facts): void {
  if (!can(user, permission, facts)) throw forbidden();
}

/**
 * The roles that hold a permission, for queries that pick people to notify
 * ("who reviews plans"). With a relation: only the roles that hold it through
 * that relationship ("who does a lead unit's work").
 */
export function rolesWith(permission: Permission, through?: Relation): Role[] {
  return ROLES.filter((role) => {
    const grant = grantOf(role, permission);
    if (grant === undefined) return false;
    return through === undefined || (grant !== true && grant.includes(through));
  });
}

/** The roles told of a topic (lib/plans/service/recipients.ts). */
export function rolesHearing(topic: Topic): Role[] {
  return ROLES.filter((role) => (ROLE_MAP[role] as RoleDefinition).hears?.includes(topic) ?? false);
}

/**
 * A role whose rights come from its unit acts for that unit: such an account
 * must belong to a unit, gets the unit's reminders and sees its unit first.
 */
export function actsForUnit(role: Role): boolean {
  return Object.values(ROLE_MAP[role].grants as Partial<Record<Permission, Grant>>).some(
    (grant) => grant !== true && grant !== undefined && grant.some((relation) => UNIT_RELATIONS.includes(relation)),
  );
}
