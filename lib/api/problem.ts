// RFC 9457 problem details: every API error looks like this.
import type { FieldErrors } from "@/lib/errors";

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldErrors;
  [extension: string]: unknown;
};

const TITLES: Record<number, [slug: string, title: string]> = {
  400: ["bad-request", "Yêu cầu không đọc được"],
  401: ["unauthenticated", "Chưa xác thực"],
  403: ["forbidden", "Không có quyền"],
  404: ["not-found", "Không tìm thấy"],
  405: ["method-not-allowed", "Phương thức không được hỗ trợ"],
  409: ["conflict", "Xung đột dữ liệu"],
  413: ["payload-too-large", "Dữ liệu gửi lên quá lớn"],
  415: ["unsupported-media-type", "Kiểu nội dung không được hỗ trợ"],
  422: ["validation", "Dữ liệu không hợp lệ"],
  429: ["rate-limited", "Quá nhiều yêu cầu"],
  500: ["internal", "Lỗi ngoài dự kiến"],
  503: ["unavailable", "Hệ thống tạm thời không sẵn sàng"],
};

export function problemBody(status: number, detail: string, extras: Partial<Problem> = {}): Problem {
  const [slug, title] = TITLES[status] ?? ["error", "Lỗi"];
  return { type: `/api/docs#problem-${slug}`, title, status, detail, ...extras };
}

export function problemResponse(status: number, detail: string, extras: Partial<Problem> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problemBody(status, detail, extras)), {
    status,
    headers: { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

export const PROBLEM_STATUSES = Object.keys(TITLES).map(Number);
export const problemTitle = (status: number) => TITLES[status];
