// Shapes of API responses and of inputs that exist only in the API (query
// strings, partial updates). They document the API in OpenAPI and the tests
// parse real responses with them, so docs and behaviour stay the same.
import { planSignerShape, planTextsSchema } from "@/lib/plans/texts-schema";
import "zod-openapi";
import { z } from "zod";
import { PLAN_STATUSES } from "@/lib/plans/labels";
import { ACTIVITY_STATUSES } from "@/lib/activities/labels";
import { uuid, version } from "@/lib/validation";
import { API_ERROR_REASONS } from "@/lib/errors";
import { signedCopySchema } from "@/lib/signed-copies/schemas";

const id = z.uuid().meta({ description: "Mã (UUID)", example: "01938c4e-7c1e-7b2a-9f3e-2f1d6c0a9b11" });
const date = z.string().meta({ format: "date", description: "Ngày (yyyy-MM-dd)", example: "2027-05-18" });
const dateTime = z.string().meta({ format: "date-time" });

export const unitSchema = z
  .object({ id, name: z.string(), shortName: z.string(), kind: z.enum(["INTERNAL", "EXTERNAL", "GROUP"]), active: z.boolean() })
  .meta({ id: "Unit", description: "Đơn vị: phòng, chi cục, trung tâm, cơ quan phối hợp, hoặc nhóm đơn vị" });
const unitRef = unitSchema.omit({ active: true }).meta({ id: "UnitRef" });

export const progressSchema = z
  .object({
    total: z.number().int().meta({ description: "Số hoạt động (cấp một)" }),
    done: z.number().int(),
    inProgress: z.number().int(),
    blocked: z.number().int(),
    cancelled: z.number().int().meta({ description: "Số hoạt động đã hủy (không tính vào tiến độ)" }),
    averageProgress: z.number().int().meta({
      description: "Tiến độ (%): trung bình tiến độ các hoạt động cấp một, việc đã hoàn thành tính 100%, việc đã hủy không tính",
    }),
    overdue: z.number().int().meta({ description: "Số hoạt động quá hạn" }),
    dueThisWeek: z.number().int().meta({ description: "Số hoạt động đến hạn trong tuần này" }),
  })
  .meta({ id: "Progress" });

const unitFiguresSchema = z
  .object({
    total: z.number().int(),
    done: z.number().int(),
    inProgress: z.number().int(),
    blocked: z.number().int(),
    overdue: z.number().int(),
    onTime: z.number().int().meta({ description: "Số việc xong đúng hạn" }),
    onTimeRate: z.number().int().nullable().meta({ description: "Tỷ lệ đúng hạn (%): việc xong đúng hạn trên việc đã xong hoặc quá hạn; null khi chưa có việc đến hạn" }),
  })
  .meta({ id: "UnitFigures" });

export const planSummarySchema = z
  .object({
    id,
    number: z.string().nullable().meta({ description: "Số ký hiệu, ví dụ 05/KH-SKHCN; null khi chưa ban hành" }),
    title: z.string().meta({ description: "Trích yếu" }),
    displayTitle: z.string().meta({ example: "Kế hoạch triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2022" }),
    year: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    eventDate: date.nullable(),
    issueDate: date.nullable(),
    version: z.number().int(),
    progress: progressSchema,
    counts: z.object({ phases: z.number().int(), activities: z.number().int() }),
  })
  .meta({ id: "PlanSummary" });

export const planListSchema = z.object({ items: z.array(planSummarySchema), nextCursor: z.string().nullable() }).meta({ id: "PlanList" });

const activityBase = z.object({
  id,
  phaseId: id,
  parentId: id.nullable(),
  stt: z.string().meta({ description: "Số thứ tự trong giai đoạn: 1, 2 … hoặc 4.1 cho việc con" }),
  content: z.string(),
  description: z.string(),
  leadUnit: unitRef,
  supporters: z.array(unitRef),
  start: date,
  end: date,
  note: z.string(),
  output: z.string().meta({ description: "Sản phẩm" }),
  cost: z.number().int().nullable().meta({ description: "Kinh phí dự kiến (đồng); null: không ghi" }),
  status: z.enum(ACTIVITY_STATUSES),
  progress: z.number().int(),
  result: z.string(),
  actualStart: date.nullable(),
  actualEnd: date.nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
  lastUpdateAt: dateTime.nullable(),
});
export const activityNodeSchema = activityBase.extend({ subTasks: z.array(activityBase.meta({ id: "SubTask" })) }).meta({ id: "ActivityNode" });

export const phaseSchema = z
  .object({ id, order: z.number().int(), code: z.string(), title: z.string(), start: date, end: date, version: z.number().int(), activities: z.array(activityNodeSchema) })
  .meta({ id: "Phase" });

const may = (what: string) => z.boolean().meta({ description: what });

/** What the caller may do with the plan now, to show or hide actions (the server checks again on every call). */
export const planRightsSchema = z
  .object({
    submit: may("Trình duyệt (POST …/submit)"),
    withdraw: may("Rút lại (POST …/withdraw)"),
    return: may("Trả lại (POST …/return)"),
    approve: may("Phê duyệt (POST …/approve)"),
    issue: may("Ban hành (POST …/issue)"),
    amend: may("Mở điều chỉnh (POST …/amend)"),
    complete: may("Kết thúc (POST …/complete)"),
    archive: may("Lưu trữ (POST …/archive)"),
    edit: may("Sửa nội dung, giai đoạn, hoạt động (PATCH)"),
    chooseDraftingUnit: may("Đổi đơn vị soạn thảo"),
    createFrom: may("Tạo kế hoạch mới hoặc mẫu từ kế hoạch này"),
    history: may("Xem lịch sử thay đổi"),
    report: may("Có báo cáo kết quả (kế hoạch đã ban hành)"),
    correctNumber: may("Sửa số, ký hiệu, ngày ban hành (POST …/correct-number)"),
  })
  .meta({ id: "PlanRights" });

/** What the caller may do with the activity now. */
export const activityRightsSchema = z
  .object({
    changeStatus: may("Đổi trạng thái, tiến độ, kết quả, ngày thực tế, chỉ tiêu"),
    report: may("Ghi chú, số liệu, minh chứng (POST …/updates)"),
    cancel: may("Hủy hoặc mở lại hoạt động"),
    comment: may("Trao đổi"),
  })
  .meta({ id: "ActivityRights" });


export const planDetailSchema = planSummarySchema
  .extend({
    place: z.string(),
    ...planTextsSchema.shape,
    ...planSignerShape,
    draftingUnit: unitRef.nullable(),
    budgetAmount: z.number().int().nullable().meta({ description: "Tổng kinh phí của kế hoạch (đồng)" }),
    budgetSource: z.string().meta({ description: "Nguồn kinh phí" }),
    phases: z.array(phaseSchema),
    signedCopies: z.array(signedCopySchema).meta({ description: "Bản đã ký, lần ban hành mới nhất và bản mới nhất trước" }),
    rights: planRightsSchema,
  })
  .meta({ id: "PlanDetail" });

export const activityListItemSchema = activityBase
  .extend({ planId: id, planNumber: z.string().nullable(), planTitle: z.string(), phaseCode: z.string() })
  .meta({ id: "ActivityListItem" });
export const activityListSchema = z.object({ items: z.array(activityListItemSchema), nextCursor: z.string().nullable() }).meta({ id: "ActivityList" });

export const activityUpdateSchema = z
  .object({
    id,
    at: dateTime,
    author: z.string(),
    status: z.enum(ACTIVITY_STATUSES).nullable(),
    previousStatus: z.enum(ACTIVITY_STATUSES).nullable(),
    statusReason: z.string(),
    progress: z.number().int().nullable(),
    note: z.string(),
    result: z.string().nullable(),
    actualStart: date.nullable(),
    actualEnd: date.nullable(),
    figures: z.array(z.object({ label: z.string(), value: z.string() })),
    evidence: z.array(z.object({ url: z.string(), title: z.string() })),
    attachments: z.array(z.object({ id, fileName: z.string(), size: z.number().int(), contentType: z.string() })),
  })
  .meta({ id: "ActivityUpdate" });

export const activityDetailSchema = activityListItemSchema
  .extend({
    targets: z.array(z.object({ id, label: z.string(), targetValue: z.number(), unitOfMeasure: z.string(), achieved: z.number() })),
    updates: z.array(activityUpdateSchema),
    rights: activityRightsSchema,
  })
  .meta({ id: "ActivityDetail" });

/**
 * The answer to a recorded update: the activity's state after it (the version
 * to send next) and the update itself. Read the whole history with GET /activities/{id}.
 */
export const recordedUpdateSchema = z
  .object({
    id,
    version: z.number().int(),
    status: z.enum(ACTIVITY_STATUSES),
    statusReason: z.string(),
    progress: z.number().int(),
    result: z.string(),
    actualStart: date.nullable(),
    actualEnd: date.nullable(),
    overdue: z.boolean(),
    lastUpdateAt: dateTime.nullable(),
    update: activityUpdateSchema,
  })
  .meta({ id: "RecordedUpdate" });

/** A unit of the list, with its reorganisation: closed (dissolved or merged) from a date, and its successor. */
const unitListItem = unitSchema
  .extend({
    closedAt: date.nullable().meta({ description: "Ngày giải thể hoặc sáp nhập; null: đang hoạt động. Đơn vị đã đóng không chọn được trong kế hoạch mới (422)." }),
    mergedIntoId: id.nullable().meta({ description: "Đơn vị tiếp nhận khi đã sáp nhập" }),
  })
  .meta({ id: "UnitListItem" });
export const unitListSchema = z.object({ items: z.array(unitListItem) }).meta({ id: "UnitList" });

export const dashboardSchema = z
  .object({
    year: z.number().int().nullable(),
    today: date,
    plans: z.array(planSummarySchema.pick({ id: true, number: true, displayTitle: true, year: true }).extend({ progress: progressSchema })),
    totals: progressSchema,
    units: z.array(z.object({ id, name: z.string(), shortName: z.string(), lead: unitFiguresSchema, support: unitFiguresSchema })).meta({
      description: "Bảng theo đơn vị: việc chủ trì và việc phối hợp trong các kế hoạch đang triển khai",
    }),
    upcoming: z
      .array(
        z.object({
          id,
          content: z.string(),
          start: date,
          end: date,
          status: z.enum(ACTIVITY_STATUSES),
          dueSoon: z.boolean(),
          lead: z.string().meta({ description: "Tên viết tắt của đơn vị chủ trì" }),
          planNumber: z.string().nullable(),
          planTitle: z.string(),
        }),
      )
      .meta({ description: "Hoạt động chưa xong diễn ra trong 7 ngày tới" }),
    latestUpdates: z
      .array(
        z.object({
          id,
          at: dateTime,
          author: z.string(),
          unit: z.string().nullable(),
          status: z.enum(ACTIVITY_STATUSES).nullable(),
          progress: z.number().int().nullable(),
          text: z.string(),
          activityId: id,
          activityContent: z.string(),
        }),
      )
      .meta({ description: "Các cập nhật mới nhất của đơn vị" }),
  })
  .meta({ id: "Dashboard" });

export const healthSchema = z
  .object({ status: z.enum(["ok", "unavailable"]), database: z.enum(["ok", "unavailable"]), time: dateTime })
  .meta({ id: "Health" });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    requestId: z.string().optional(),
    reason: z
      .enum(Object.keys(API_ERROR_REASONS) as [keyof typeof API_ERROR_REASONS])
      .optional()
      .meta({ description: `Trường hợp cụ thể mà chương trình gọi cần xử lý riêng. ${Object.entries(API_ERROR_REASONS).map(([reason, meaning]) => `${reason}: ${meaning}`).join(" ")}` }),
    errors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Lỗi theo từng trường (422)" }),
    current: z.unknown().optional().meta({ description: "Giá trị mới nhất khi xung đột phiên bản (409)" }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

// ---- inputs that exist only in the API ----

const limit = z.coerce.number().int().min(1, "limit từ 1 đến 100.").max(100, "limit từ 1 đến 100.").default(20);
const cursor = z.string().max(200).optional().meta({ description: "Con trỏ trang tiếp theo (nextCursor của trang trước)" });

export const idParams = z.object({ id: uuid("Mã") });

export const listPlansQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  q: z.string().trim().max(200).optional().meta({ description: "Tìm trong trích yếu, không phân biệt dấu và hoa thường" }),
  cursor,
  limit,
});

export const listActivitiesQuery = z.object({
  unitId: uuid("Đơn vị").optional(),
  role: z.enum(["lead", "support"]).optional().meta({ description: "Cùng unitId: đơn vị chủ trì hay phối hợp" }),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  overdue: z.enum(["true", "false"]).optional().transform((v) => (v === undefined ? undefined : v === "true")),
  planId: uuid("Kế hoạch").optional(),
  cursor,
  limit,
});

export const dashboardQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const deletePhaseQuery = z.object({
  version,
  activities: z.enum(["move", "delete"]).default("move").meta({ description: "Hoạt động của giai đoạn: chuyển sang giai đoạn khác hay xóa" }),
  targetPhaseId: uuid("Giai đoạn nhận hoạt động").optional(),
});

export const versionQuery = z.object({ version });

