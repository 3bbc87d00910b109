// The OpenAPI 3.1 document, generated from the route specs and their zod
// schemas: the same objects the handlers parse requests with.
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { API } from "@/lib/api/routes";
import type { ApiSpec } from "@/lib/api/spec";
import { problemSchema } from "@/lib/api/schemas";
import { problemTitle } from "@/lib/api/problem";

function operation(spec: ApiSpec): ZodOpenApiOperationObject {
  const success = spec.success.schema
    ? { content: { "application/json": { schema: spec.success.schema } } }
    : spec.success.contentType
      ? { content: { [spec.success.contentType]: { schema: { type: "string" as const, format: "binary" } } } }
      : {};
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    security: spec.auth === false ? [] : [{ bearerAuth: [] }, { sessionCookie: [] }],
    requestParams: { ...(spec.params ? { path: spec.params } : {}), ...(spec.query ? { query: spec.query } : {}) },
    ...(spec.body
      ? { requestBody: { required: true, content: { ...(spec.multipartOnly ? {} : { "application/json": { schema: spec.body } }), ...(spec.multipart ? { "multipart/form-data": { schema: spec.multipart } } : {}) } } }
      : {}),
    responses: {
      [spec.success.status]: { description: spec.success.description, ...success },
      ...Object.fromEntries(
        spec.errors.map((status) => [
          status,
          { description: problemTitle(status)?.[1] ?? "Lỗi", content: { "application/problem+json": { schema: problemSchema } } },
        ]),
      ),
    },
  };
}

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  if (cached) return cached;
  const paths: ZodOpenApiPathsObject = {};
  for (const spec of Object.values(API) as ApiSpec[]) {
    const method = spec.method.toLowerCase() as "get" | "post" | "patch" | "delete";
    paths[spec.path] = { ...paths[spec.path], [method]: operation(spec) };
  }
  cached = createDocument({
    openapi: "3.1.0",
    info: {
      title: "Kehoach API",
      version: "1.0.0",
      description:
        "API JSON của Kehoach cho hệ thống văn phòng điện tử và các tập lệnh báo cáo. Xác thực bằng mã truy cập cá nhân (Authorization: Bearer kh_…, tạo ở trang Tài khoản) hoặc phiên đăng nhập của trình duyệt. Mọi lỗi trả về application/problem+json (RFC 9457). Dữ liệu giới hạn trong tổ chức của người gọi.",
    },
    servers: [{ url: "/api/v1" }],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "Mã truy cập cá nhân (kh_…)" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "Phiên đăng nhập của trình duyệt" },
      },
    },
    paths,
  });
  return cached;
}
