// Every /api/v1 route, described once. Handlers are built from these specs
// (lib/api/route.ts) and the OpenAPI document is generated from them.
import { z } from "zod";
import { defineSpec } from "@/lib/api/spec";
import { patchShape } from "@/lib/api/patch";
import * as S from "@/lib/api/schemas";
import { planImportJsonBody, planImportMultipartBody, planImportPreviewSchema } from "@/lib/api/import-schemas";
import { MAX_IMPORT_BYTES } from "@/lib/documents/import/limits";
import { activityFields, activityRules, amendPlanSchema, correctPlanNumberBody, createBlankPlanSchema, issuePlanBody, phaseFields, planFieldsSchema, returnPlanSchema, submitPlanBody, transitionBody } from "@/lib/plans/schemas";
import { recordUpdateBody } from "@/lib/activities/schemas";
import { correctReportNumberBody, issuePlanReportBody } from "@/lib/plans/report/schemas";
import { attachSignedCopyBody, signedCopySchema } from "@/lib/signed-copies/schemas";
import { MAX_SIGNED_COPY_BYTES } from "@/lib/signed-copies/file";
import { uuid, version } from "@/lib/validation";
import { PLAN_ACTIONS, WORKFLOW, type PlanAction } from "@/lib/plans/workflow";

const READ_ERRORS = [401, 404, 429, 500, 503];

/** What the plan's and the report's signed-copy uploads share: one PDF as multipart/form-data, bounded. */
const SIGNED_COPY_UPLOAD = {
  tag: "Kế hoạch",
  params: S.idParams,
  body: attachSignedCopyBody,
  multipart: attachSignedCopyBody,
  multipartOnly: true,
  maxBodyBytes: MAX_SIGNED_COPY_BYTES + 256 * 1024,
} as const;
const WRITE_ERRORS = [400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503];

export const updatePlanBody = z.object({ ...patchShape(planFieldsSchema.shape), version }).meta({ id: "PlanPatch" });
export const createPhaseBody = phaseFields.refine((v) => v.end >= v.start, { path: ["end"], error: "Ngày kết thúc phải cùng hoặc sau ngày bắt đầu." }).meta({ id: "PhaseInput" });
export const updatePhaseBody = z.object({ ...patchShape(phaseFields.shape), version }).meta({ id: "PhasePatch" });
export const createActivityBody = activityRules(activityFields.extend({ parentId: uuid("Hoạt động cha").nullable().optional() })).meta({ id: "ActivityInput" });
export const updateActivityBody = z
  .object({ ...patchShape(activityFields.shape), version, phaseId: uuid("Giai đoạn").optional().meta({ description: "Chuyển hoạt động (cùng việc con) sang giai đoạn khác" }) })
  .meta({ id: "ActivityPatch" });

// The workflow routes differ only by their path, summary, whether a comment is
// required and (submit) the confirmed warnings; the one handler reads the widest body.
export const transitionSpec = defineSpec({
  method: "POST",
  path: "/plans/{id}/submit",
  operationId: "submitPlan",
  summary: "",
  tag: "Quy trình duyệt",
  params: S.idParams,
  body: submitPlanBody.extend(issuePlanBody.pick({ number: true, issueDate: true }).shape),
  success: { status: 200, description: "Kế hoạch sau khi chuyển trạng thái", schema: S.planDetailSchema },
  errors: WRITE_ERRORS,
});

export const API = {
  health: defineSpec({
    method: "GET",
    path: "/health",
    operationId: "getHealth",
    summary: "Tình trạng hệ thống",
    description: "Không cần xác thực. 200 khi cơ sở dữ liệu trả lời, 503 khi không kết nối được.",
    tag: "Hệ thống",
    auth: false,
    success: { status: 200, description: "Hệ thống hoạt động", schema: S.healthSchema },
    errors: [503],
  }),
  openapi: defineSpec({
    method: "GET",
    path: "/openapi.json",
    operationId: "getOpenApi",
    summary: "Tài liệu OpenAPI 3.1 của API này",
    tag: "Hệ thống",
    auth: false,
    success: { status: 200, description: "Tài liệu OpenAPI" },
    errors: [],
  }),
  listPlans: defineSpec({
    method: "GET",
    path: "/plans",
    operationId: "listPlans",
    summary: "Danh sách kế hoạch",
    description: "Các kế hoạch của tổ chức mà người gọi được xem; phân trang bằng con trỏ (nextCursor).",
    tag: "Kế hoạch",
    query: S.listPlansQuery,
    success: { status: 200, description: "Một trang kế hoạch", schema: S.planListSchema },
    errors: [401, 422, 429, 500, 503],
  }),
  importPlan: defineSpec({
    method: "POST",
    path: "/plan-imports",
    operationId: "importPlan",
    summary: "Nhập kế hoạch từ văn bản (xem trước, hoặc tạo)",
    description:
      "Gửi nội dung văn bản (JSON { text }) hoặc tệp .docx (multipart/form-data, trường file). Mặc định chỉ đọc và trả về bản xem trước như trang Nhập kế hoạch: phần đầu, các mục, giai đoạn, hoạt động với đơn vị đã khớp (unitId, lý do khớp) hoặc tên chưa khớp, và những gì bị bỏ qua cùng lý do; không lưu gì. Với save: true và unitMap (tên chưa khớp → mã đơn vị) thì tạo kế hoạch dự thảo, trả 201 cùng kế hoạch và Location; thêm asIssued: true để ghi nhận kế hoạch đã ban hành với số, ngày, người ký của văn bản (quyền plan.importIssued; số đã dùng → 409 NUMBER_TAKEN). Giới hạn như trang tải lên: tệp tối đa 10 MB, đọc trong tiến trình riêng có giới hạn bộ nhớ và thời gian.",
    tag: "Kế hoạch",
    body: planImportJsonBody,
    multipart: planImportMultipartBody,
    maxBodyBytes: MAX_IMPORT_BYTES + 256 * 1024,
    success: { status: 200, description: "Bản xem trước (không lưu gì); với save: true là 201 cùng kế hoạch vừa tạo (PlanDetail)", schema: planImportPreviewSchema },
    errors: WRITE_ERRORS,
  }),
  createPlan: defineSpec({
    method: "POST",
    path: "/plans",
    operationId: "createPlan",
    summary: "Tạo kế hoạch dự thảo",
    tag: "Kế hoạch",
    body: createBlankPlanSchema,
    success: { status: 201, description: "Kế hoạch mới (dự thảo)", schema: S.planDetailSchema },
    errors: WRITE_ERRORS,
  }),
  getPlan: defineSpec({
    method: "GET",
    path: "/plans/{id}",
    operationId: "getPlan",
    summary: "Toàn bộ một kế hoạch",
    description: "Giai đoạn, hoạt động, việc con, đơn vị, thời gian, trạng thái, tiến độ và phiên bản (version) của từng dòng.",
    tag: "Kế hoạch",
    params: S.idParams,
    success: { status: 200, description: "Kế hoạch", schema: S.planDetailSchema },
    errors: READ_ERRORS,
  }),
  updatePlan: defineSpec({
    method: "PATCH",
    path: "/plans/{id}",
    operationId: "updatePlan",
    summary: "Sửa thông tin chung của kế hoạch",
    description: "Chỉ khi dự thảo hoặc bị trả lại. Gửi kèm version đang có; các trường không gửi giữ nguyên.",
    tag: "Kế hoạch",
    params: S.idParams,
    body: updatePlanBody,
    success: { status: 200, description: "Kế hoạch sau khi sửa", schema: S.planDetailSchema },
    errors: WRITE_ERRORS,
  }),
  ...(Object.fromEntries(
    PLAN_ACTIONS.map((action) => [
      `${action}Plan`,
      defineSpec({
        method: "POST",
        path: `/plans/{id}/${action}`,
        operationId: `${action}Plan`,
        summary: `${WORKFLOW[action].label} kế hoạch`,
        description: `Chuyển trạng thái với cùng quy tắc như giao diện.${action === "return" ? " Bắt buộc có comment (ý kiến trả lại)." : action === "amend" ? " Bắt buộc có comment (lý do điều chỉnh)." : ""}${action === "issue" ? " Cơ quan dùng Kehoach làm sổ đăng ký: kế hoạch được cấp số tiếp theo của năm, ngày ban hành là hôm nay. Cơ quan dùng sổ đăng ký ngoài (e-office): gửi number và issueDate lấy từ sổ; số đã dùng trong năm đó → 409 reason NUMBER_TAKEN, ngày sau hôm nay hoặc trước ngày phê duyệt → 422." : ""}`,
        tag: "Quy trình duyệt",
        params: S.idParams,
        body: action === "return" ? returnPlanSchema.omit({ planId: true }) : action === "amend" ? amendPlanSchema.omit({ planId: true }) : action === "submit" ? submitPlanBody : action === "issue" ? issuePlanBody : transitionBody,
        success: { status: 200, description: "Kế hoạch sau khi chuyển trạng thái", schema: S.planDetailSchema },
        errors: WRITE_ERRORS,
      }),
    ]),
  ) as unknown as Record<`${PlanAction}Plan`, typeof transitionSpec>),
  correctPlanNumber: defineSpec({
    method: "POST",
    path: "/plans/{id}/correct-number",
    operationId: "correctPlanNumber",
    summary: "Sửa số, ký hiệu, ngày ban hành",
    description:
      "Văn thư (và quản trị) sửa số, ký hiệu và ngày ban hành của kế hoạch đã ban hành cho khớp sổ đăng ký, bắt buộc có reason (ghi vào lịch sử). Số đã dùng trong năm → 409 NUMBER_TAKEN; đã đính kèm bản đã ký → 409 SIGNED_COPY_ATTACHED; version cũ → 409.",
    tag: "Quy trình duyệt",
    params: S.idParams,
    body: correctPlanNumberBody,
    success: { status: 200, description: "Kế hoạch sau khi sửa số", schema: S.planDetailSchema },
    errors: WRITE_ERRORS,
  }),
  issuePlanReport: defineSpec({
    method: "POST",
    path: "/plans/{id}/report/issue",
    operationId: "issuePlanReport",
    summary: "Ban hành báo cáo kết quả",
    description:
      "Văn thư (và lãnh đạo, quản trị: ai ban hành được kế hoạch) ban hành báo cáo kết quả của kế hoạch đã ban hành, với số …/BC-<mã cơ quan> trong cùng một dãy số mỗi năm với kế hoạch. Cơ quan dùng Kehoach làm sổ đăng ký: số tiếp theo, ngày hôm nay (không gửi number, issueDate). Sổ đăng ký ngoài (e-office): gửi number và issueDate; số đã dùng trong năm (kế hoạch hay báo cáo) → 409 NUMBER_TAKEN; báo cáo đã ban hành → 409 REPORT_ISSUED; version cũ → 409; ngày sau hôm nay hoặc trước ngày ban hành kế hoạch → 422.",
    tag: "Quy trình duyệt",
    params: S.idParams,
    body: issuePlanReportBody,
    success: {
      status: 200,
      description: "Số và ngày ban hành của báo cáo",
      schema: z.object({ planId: uuid(), numberLabel: z.string().meta({ example: "05/BC-SKHCN" }), issueDate: z.string().meta({ description: "yyyy-MM-dd" }), version: z.number().int() }),
    },
    errors: WRITE_ERRORS,
  }),
  correctReportNumber: defineSpec({
    method: "POST",
    path: "/plans/{id}/report/correct-number",
    operationId: "correctReportNumber",
    summary: "Sửa số, ký hiệu, ngày ban hành của báo cáo kết quả",
    description:
      "Như sửa số kế hoạch, cho báo cáo kết quả đã ban hành: version là version của báo cáo; bắt buộc có reason (ghi vào lịch sử). Báo cáo chưa ban hành → 403; số đã dùng trong năm (kế hoạch hay báo cáo) → 409 NUMBER_TAKEN; đã đính kèm bản đã ký của báo cáo → 409 SIGNED_COPY_ATTACHED; version cũ → 409; ngày sau hôm nay hoặc trước ngày ban hành kế hoạch → 422.",
    tag: "Quy trình duyệt",
    params: S.idParams,
    body: correctReportNumberBody,
    success: {
      status: 200,
      description: "Số mới của báo cáo",
      schema: z.object({ planId: uuid(), numberLabel: z.string().meta({ example: "06/BC-SKHCN" }), version: z.number().int() }),
    },
    errors: WRITE_ERRORS,
  }),
  createPhase: defineSpec({
    method: "POST",
    path: "/plans/{id}/phases",
    operationId: "createPhase",
    summary: "Thêm giai đoạn",
    tag: "Soạn kế hoạch",
    params: S.idParams,
    body: createPhaseBody,
    success: { status: 201, description: "Kế hoạch sau khi thêm", schema: S.planDetailSchema },
    errors: WRITE_ERRORS,
  }),
  updatePhase: defineSpec({
    method: "PATCH",
    path: "/phases/{id}",
    operationId: "updatePhase",
    summary: "Sửa tên, thời gian giai đoạn",
    tag: "Soạn kế hoạch",
    params: S.idParams,
    body: updatePhaseBody,
    success: { status: 200, description: "Kế hoạch sau khi sửa", schema: S.planDetailSchema },
    errors: WRITE_ERRORS,
  }),
  deletePhase: defineSpec({
    method: "DELETE",
    path: "/phases/{id}",
    operationId: "deletePhase",
    summary: "Xóa giai đoạn",
    description: "activities=move (mặc định, cần targetPhaseId khi giai đoạn có hoạt động) hoặc activities=delete.",
    tag: "Soạn kế hoạch",
    params: S.idParams,
    query: S.deletePhaseQuery,
    success: { status: 204, description: "Đã xóa" },
    errors: [401, 403, 404, 409, 422, 429, 500, 503],
  }),
  createActivity: defineSpec({
    method: "POST",
    path: "/phases/{id}/activities",
    operationId: "createActivity",
    summary: "Thêm hoạt động (hoặc việc con, với parentId)",
    tag: "Soạn kế hoạch",
    params: S.idParams,
    body: createActivityBody,
    success: { status: 201, description: "Hoạt động mới", schema: S.activityDetailSchema },
    errors: WRITE_ERRORS,
  }),
  updateActivity: defineSpec({
    method: "PATCH",
    path: "/activities/{id}",
    operationId: "updateActivity",
    summary: "Sửa hoạt động trong kế hoạch dự thảo",
    tag: "Soạn kế hoạch",
    params: S.idParams,
    body: updateActivityBody,
    success: { status: 200, description: "Hoạt động sau khi sửa", schema: S.activityDetailSchema },
    errors: WRITE_ERRORS,
  }),
  deleteActivity: defineSpec({
    method: "DELETE",
    path: "/activities/{id}",
    operationId: "deleteActivity",
    summary: "Xóa hoạt động (cùng việc con)",
    tag: "Soạn kế hoạch",
    params: S.idParams,
    query: S.versionQuery,
    success: { status: 204, description: "Đã xóa" },
    errors: [401, 403, 404, 409, 422, 429, 500, 503],
  }),
  listActivities: defineSpec({
    method: "GET",
    path: "/activities",
    operationId: "listActivities",
    summary: "Danh sách hoạt động",
    description: "Lọc theo đơn vị (chủ trì/phối hợp), trạng thái, quá hạn, kế hoạch. Ví dụ: việc quá hạn của một đơn vị: ?unitId=…&overdue=true",
    tag: "Theo dõi",
    query: S.listActivitiesQuery,
    success: { status: 200, description: "Một trang hoạt động", schema: S.activityListSchema },
    errors: [401, 422, 429, 500, 503],
  }),
  getActivity: defineSpec({
    method: "GET",
    path: "/activities/{id}",
    operationId: "getActivity",
    summary: "Một hoạt động, kèm lịch sử cập nhật",
    tag: "Theo dõi",
    params: S.idParams,
    success: { status: 200, description: "Hoạt động", schema: S.activityDetailSchema },
    errors: READ_ERRORS,
  }),
  recordUpdate: defineSpec({
    method: "POST",
    path: "/activities/{id}/updates",
    operationId: "recordActivityUpdate",
    summary: "Ghi nhận cập nhật tiến độ",
    description: "Đơn vị chủ trì đổi trạng thái, tiến độ, kết quả; đơn vị phối hợp ghi chú, số liệu, minh chứng. 409 khi version đã cũ (kèm giá trị mới nhất).",
    tag: "Theo dõi",
    params: S.idParams,
    body: recordUpdateBody.meta({ id: "ActivityUpdateInput" }),
    success: { status: 201, description: "Trạng thái mới của hoạt động (version để gửi lần sau) và bản cập nhật vừa ghi", schema: S.recordedUpdateSchema },
    errors: WRITE_ERRORS,
  }),
  listUnits: defineSpec({
    method: "GET",
    path: "/units",
    operationId: "listUnits",
    summary: "Các đơn vị của tổ chức",
    tag: "Danh mục",
    success: { status: 200, description: "Đơn vị", schema: S.unitListSchema },
    errors: [401, 429, 500, 503],
  }),
  dashboard: defineSpec({
    method: "GET",
    path: "/dashboard",
    operationId: "getDashboard",
    summary: "Số liệu tổng quan (như trang Tổng quan)",
    tag: "Theo dõi",
    query: S.dashboardQuery,
    success: { status: 200, description: "Tổng quan", schema: S.dashboardSchema },
    errors: [401, 422, 429, 500, 503],
  }),
  attachSignedCopy: defineSpec({
    method: "POST",
    path: "/plans/{id}/signed-copies",
    operationId: "attachSignedCopy",
    summary: "Đính kèm bản đã ký (PDF)",
    description: `Tệp PDF của văn bản đã ký ban hành (bản quét hoặc tệp ký số), multipart/form-data trường file, tối đa ${MAX_SIGNED_COPY_BYTES / 1024 / 1024} MB (413). Nội dung phải là PDF hoàn chỉnh, xét theo nội dung chứ không theo tên hay Content-Type (415 khi không phải PDF, 422 khi PDF hỏng). Chỉ cho kế hoạch đã ban hành hoặc đã kết thúc (409). Kehoach đọc các chữ ký số: người ký, thời điểm ký, tài liệu có bị thay đổi sau khi ký không; không kiểm tra chuỗi chứng thư. Bản đính kèm trước của cùng lần ban hành vẫn được giữ. Quyền plan.signedCopy.attach. Trả 201 cùng bản vừa đính kèm và Location.`,
    ...SIGNED_COPY_UPLOAD,
    success: { status: 201, description: "Bản đã ký vừa đính kèm, cùng các chữ ký đọc được", schema: signedCopySchema },
    errors: WRITE_ERRORS,
  }),
  attachReportSignedCopy: defineSpec({
    method: "POST",
    path: "/plans/{id}/report/signed-copies",
    operationId: "attachReportSignedCopy",
    summary: "Đính kèm bản đã ký (PDF) của báo cáo kết quả",
    description: `Tệp PDF của báo cáo kết quả đã ký ban hành, như bản đã ký của kế hoạch (multipart/form-data trường file, tối đa ${MAX_SIGNED_COPY_BYTES / 1024 / 1024} MB: 413, 415, 422 như trên). Chỉ khi báo cáo đã ban hành, đã có số …/BC-… (409). Quyền plan.signedCopy.attach. Trả 201 cùng bản vừa đính kèm và Location; tải tệp bằng GET /signed-copies/{id}.`,
    ...SIGNED_COPY_UPLOAD,
    success: { status: 201, description: "Bản đã ký của báo cáo vừa đính kèm, cùng các chữ ký đọc được", schema: signedCopySchema },
    errors: WRITE_ERRORS,
  }),
  downloadSignedCopy: defineSpec({
    method: "GET",
    path: "/signed-copies/{id}",
    operationId: "downloadSignedCopy",
    summary: "Tải tệp PDF bản đã ký",
    tag: "Kế hoạch",
    params: S.idParams,
    success: { status: 200, description: "Tệp PDF", contentType: "application/pdf" },
    errors: READ_ERRORS,
  }),
  downloadAttachment: defineSpec({
    method: "GET",
    path: "/attachments/{id}",
    operationId: "downloadAttachment",
    summary: "Tải tệp minh chứng",
    tag: "Theo dõi",
    params: S.idParams,
    success: { status: 200, description: "Nội dung tệp", contentType: "application/octet-stream" },
    errors: READ_ERRORS,
  }),
};

export type ApiName = keyof typeof API;
