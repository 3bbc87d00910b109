// Turns audit entries into Vietnamese sentences for "Lịch sử thay đổi":
// "Hoàng Văn Bình (Phòng QLKH) đổi thời gian hoạt động 2 (mục 2.1) từ 03–14/5/2027 sang 05–16/5/2027".
import { formatDate, formatWindow, isCalendarDate } from "@/lib/dates";
import { PLAN_STATUS_LABELS } from "@/lib/plans/labels";
import { ACTIVITY_STATUS_LABELS } from "@/lib/activities/labels";
import { clip } from "@/lib/text";

type Json = Record<string, unknown> | null;

export type AuditForDisplay = {
  action: string;
  entityType: string;
  entityLabel: string;
  before: Json;
  after: Json;
};

export type DescribeContext = {
  unitName: (id: string) => string;
  /** A plan the entry names (a clone's source), as the reader may see it; null when it is gone or not theirs to read. */
  planName?: (id: string) => string | null;
};

const FIELD_LABELS: Record<string, string> = {
  title: "trích yếu",
  year: "năm kế hoạch",
  eventDate: "ngày sự kiện",
  place: "địa danh",
  legalBasis: "căn cứ",
  intro: "lời dẫn",
  purposes: "mục đích",
  requirements: "yêu cầu",
  theme: "chủ đề",
  slogans: "khẩu hiệu",
  contentItems: "nội dung",
  closingText: "đoạn kết",
  recipients: "nơi nhận",
  signerAuthority: "hình thức ký",
  signerTitle: "chức vụ người ký",
  signerName: "người ký",
  draftingUnitId: "đơn vị soạn thảo",
  content: "nội dung",
  description: "mô tả",
  leadUnitId: "đơn vị chủ trì",
  supporterIds: "đơn vị phối hợp",
  note: "ghi chú",
  order: "thứ tự",
  phase: "giai đoạn",
};

const TRANSITIONS: Record<string, string> = {
  submit: "trình duyệt",
  withdraw: "rút lại để sửa",
  return: "trả lại",
  approve: "phê duyệt",
  issue: "ban hành",
  amend: "mở điều chỉnh",
  complete: "kết thúc",
  archive: "lưu trữ",
};

const quote = (text: string) => `“${text.length > 90 ? `${clip(text, 87)}…` : text}”`;

function formatValue(field: string, value: unknown, ctx: DescribeContext): string {
  if (value === null || value === undefined || value === "") return "(trống)";
  if (field === "leadUnitId" || field === "draftingUnitId") return ctx.unitName(String(value));
  if (field === "supporterIds" && Array.isArray(value)) return value.length ? value.map((id) => ctx.unitName(String(id))).join("; ") : "(không có)";
  if (Array.isArray(value)) return value.length ? quote(value.join("; ")) : "(trống)";
  if (typeof value === "string" && isCalendarDate(value)) return formatDate(value);
  if (typeof value === "string") return quote(value);
  return String(value);
}

function window(values: Record<string, unknown>): string | null {
  const start = values.start;
  const end = values.end;
  return typeof start === "string" && typeof end === "string" ? formatWindow(start, end) : null;
}

/**
 * The plan a clone was made from: its name as the reader may see it now, else
 * as it was when cloned (sourceTitle, sourceNumber), else "một kế hoạch đã có".
 */
function cloneSource(after: Record<string, unknown>, ctx: DescribeContext): string {
  const id = typeof after.sourcePlanId === "string" ? after.sourcePlanId : null;
  const current = id && ctx.planName ? ctx.planName(id) : null;
  if (current) return current;
  if (typeof after.sourceTitle === "string" && after.sourceTitle) {
    return `${quote(after.sourceTitle)}${typeof after.sourceNumber === "string" && after.sourceNumber ? ` (số ${after.sourceNumber})` : ""}`;
  }
  return "một kế hoạch đã có";
}

/** The changes of one update, one clause each. */
function changes(entry: AuditForDisplay, ctx: DescribeContext): string[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const clauses: string[] = [];
  const keys = Object.keys(after);
  if (keys.includes("start") || keys.includes("end")) {
    const from = window(before);
    const to = window(after);
    if (from && to) clauses.push(`đổi thời gian ${entry.entityLabel} từ ${from} sang ${to}`);
    else {
      // Entries written before both ends were kept name only the end that changed: say which, never "null".
      for (const [key, label] of [["start", "ngày bắt đầu"], ["end", "ngày kết thúc"]] as const) {
        if (key in after) clauses.push(`đổi ${label} ${entry.entityLabel} từ ${formatValue(key, before[key], ctx)} sang ${formatValue(key, after[key], ctx)}`);
      }
    }
  }
  for (const key of keys) {
    if (key === "start" || key === "end" || key === "version") continue;
    const label = FIELD_LABELS[key] ?? key;
    if (["content", "description", "note", "intro", "closingText", "legalBasis", "purposes", "requirements", "contentItems"].includes(key)) {
      clauses.push(`sửa ${label} ${entry.entityLabel}: ${formatValue(key, after[key], ctx)}`);
    } else {
      clauses.push(`đổi ${label} ${entry.entityLabel} từ ${formatValue(key, before[key], ctx)} sang ${formatValue(key, after[key], ctx)}`);
    }
  }
  return clauses;
}

export function describeAudit(entry: AuditForDisplay, ctx: DescribeContext): string {
  const after = entry.after ?? {};
  const before = entry.before ?? {};
  if (entry.entityType === "Plan" && TRANSITIONS[entry.action]) {
    const status = typeof after.status === "string" ? PLAN_STATUS_LABELS[after.status as keyof typeof PLAN_STATUS_LABELS] : "";
    let text = `${TRANSITIONS[entry.action]} kế hoạch`;
    if (entry.action === "issue" && after.number) text += `, số ${after.number}`;
    if (typeof after.comment === "string" && after.comment) text += `: ${quote(after.comment)}`;
    if (status) text += ` (→ ${status})`;
    if (Array.isArray(after.acceptedWarnings) && after.acceptedWarnings.length) {
      text += `, xác nhận đã xem ${after.acceptedWarnings.length} cảnh báo: ${after.acceptedWarnings.map(String).join("; ")}`;
    }
    return text;
  }
  if (entry.entityType === "PlanTemplate") {
    return entry.action === "delete" ? `xóa ${entry.entityLabel}` : `lưu kế hoạch làm ${entry.entityLabel}`;
  }
  switch (entry.action) {
    case "correctNumber":
    case "correctReportNumber": {
      // The register's number corrected by the văn thư (lib/plans/service/correct-number.ts, lib/plans/report/correct-number.ts).
      const label = (side: Record<string, unknown>) => `${String(side.number ?? "")}${typeof side.issueDate === "string" ? ` ngày ${formatDate(side.issueDate)}` : ""}`;
      const what = entry.action === "correctNumber" ? "kế hoạch" : "báo cáo kết quả";
      return `sửa số ${what} từ ${label(before)} thành ${label(after)}${typeof after.reason === "string" ? `, lý do: ${quote(after.reason)}` : ""}`;
    }
    case "issueReport":
      return `ban hành báo cáo kết quả, số ${String(after.number ?? "")}${typeof after.issueDate === "string" ? ` ngày ${formatDate(after.issueDate)}` : ""}`;
    case "report":
      return `sửa ${entry.entityLabel}${Array.isArray(after.changed) && after.changed.length ? `: ${after.changed.map(String).join(", ")}` : ""}`;
    case "freeze":
      return `giữ bản đã ban hành của kế hoạch${after.backfilled ? " (lập từ dữ liệu lúc đọc, vì kế hoạch ban hành trước khi có bản lưu)" : ""}`;
    case "comment":
      return `trao đổi về ${entry.entityLabel}: ${quote(typeof after.body === "string" ? after.body : "")}`;
    case "create": {
      if (entry.entityType === "Plan") {
        const source = after.source === "clone" ? ` từ ${cloneSource(after, ctx)}` : after.source === "template" ? " từ mẫu" : after.source === "import" ? " từ văn bản nhập vào" : "";
        return `tạo kế hoạch${source}`;
      }
      const when = window(after);
      const name = typeof after.title === "string" ? ` ${quote(after.title)}` : typeof after.content === "string" ? ` ${quote(after.content)}` : "";
      return `thêm ${entry.entityLabel}${name}${when ? ` (${when})` : ""}`;
    }
    case "delete": {
      const extra = typeof before.activityCount === "number" && before.activityCount > 0 ? ` cùng ${before.activityCount} hoạt động${after.activitiesMovedTo ? " (đã chuyển sang giai đoạn khác)" : ""}` : "";
      return `xóa ${entry.entityLabel}${extra}`;
    }
    case "move":
      if ("phase" in after) return `chuyển ${entry.entityLabel} sang mục ${String(after.phase)}`;
      return `chuyển ${entry.entityLabel} từ vị trí ${String(before.order)} sang vị trí ${String(after.order)}`;
    case "track": {
      const status = typeof after.status === "string" ? ACTIVITY_STATUS_LABELS[after.status as keyof typeof ACTIVITY_STATUS_LABELS] : "";
      return `cập nhật tiến độ ${entry.entityLabel}: ${status}, ${String(after.progress)}%`;
    }
    case "remind": {
      const unit = typeof after.unitName === "string" ? after.unitName : "đơn vị chủ trì";
      return `nhắc ${unit} về ${entry.entityLabel}${typeof after.message === "string" && after.message ? `: ${quote(after.message)}` : ""}`;
    }
    case "attachSignedCopy": {
      const count = typeof after.signatures === "number" ? after.signatures : 0;
      return `đính kèm ${entry.entityLabel}${typeof after.number === "string" ? ` (số ${after.number})` : ""}: ${count ? `${count} chữ ký số` : "bản quét, không có chữ ký số"}`;
    }
    case "targets":
      return `đặt chỉ tiêu ${entry.entityLabel}: ${Array.isArray(after.targets) && after.targets.length ? after.targets.join("; ") : "(không có)"}`;
    case "update": {
      const clauses = changes(entry, ctx);
      return clauses.length ? clauses.join("; ") : `sửa ${entry.entityLabel}`;
    }
    default:
      return `${entry.action} ${entry.entityLabel}`;
  }
}
