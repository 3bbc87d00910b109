import type { Metadata } from "next";
import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { openApiDocument } from "@/lib/api/openapi";
import { PROBLEM_STATUSES, problemTitle } from "@/lib/api/problem";
import { PageHeader } from "@/components/ui/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Tài liệu API" };

type Schema = Record<string, unknown>;
type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string }>;
};

const METHOD_TONES: Record<string, BadgeTone> = { get: "blue", post: "green", patch: "amber", delete: "red" };

function resolve(schema: Schema | undefined, components: Record<string, Schema>): Schema | undefined {
  if (!schema) return undefined;
  const ref = schema.$ref;
  if (typeof ref === "string") return components[ref.split("/").pop()!];
  return schema;
}

function typeOf(schema: Schema | undefined): string {
  if (!schema) return "";
  if (typeof schema.$ref === "string") return schema.$ref.split("/").pop()!;
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(" | ");
  if (schema.type === "array") return `${typeOf(schema.items as Schema)}[]`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(typeOf).join(" | ");
  return [schema.type, schema.format].filter(Boolean).join(" ");
}

function Fields({ schema, components }: { schema: Schema | undefined; components: Record<string, Schema> }) {
  const resolved = resolve(schema, components);
  const properties = (resolved?.properties ?? {}) as Record<string, Schema>;
  const required = new Set((resolved?.required ?? []) as string[]);
  const entries = Object.entries(properties);
  if (!entries.length) return <p className="text-sm text-slate-600">{typeOf(resolved)}</p>;
  return (
    <table className="w-full text-sm">
      <thead className="text-left text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">Trường</th>
          <th scope="col" className="py-1 pr-3 font-medium">Kiểu</th>
          <th scope="col" className="py-1 font-medium">Mô tả</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([name, field]) => (
          <tr key={name} className="border-t border-slate-100 align-top">
            <td className="py-1 pr-3 font-mono">
              {name}
              {required.has(name) ? <span className="text-red-700"> *</span> : null}
            </td>
            <td className="py-1 pr-3 font-mono text-xs">{typeOf(field)}</td>
            <td className="py-1 text-slate-700">{String(field.description ?? "")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function ApiDocsPage() {
  await requireUser();
  const doc = openApiDocument() as unknown as {
    info: { description: string };
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };
  const host = (await headers()).get("host") ?? "localhost:3000";
  const base = `http://${host}/api/v1`;
  const components = doc.components.schemas ?? {};
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const tags = [...new Set(operations.map((o) => o.op.tags?.[0] ?? "Khác"))];
  return (
    <div className="space-y-6">
      <PageHeader title="Tài liệu API" description="Kehoach API v1, sinh tự động từ chính các lược đồ dữ liệu mà máy chủ dùng để kiểm tra yêu cầu." />
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" aria-labelledby="api-start">
        <h2 id="api-start" className="text-base font-semibold">
          Bắt đầu
        </h2>
        <p>{doc.info.description}</p>
        <p>
          Tài liệu OpenAPI: <a className="text-brand-700 underline underline-offset-2" href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Mã truy cập: trang{" "}
          <a className="text-brand-700 underline underline-offset-2" href="/profile">Tài khoản</a>.
        </p>
        <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{`# Việc quá hạn của một đơn vị
curl -H "Authorization: Bearer $KEHOACH_TOKEN" "${base}/activities?unitId=<mã đơn vị>&overdue=true"

# Ghi nhận cập nhật (version lấy từ lần đọc trước)
curl -X POST -H "Authorization: Bearer $KEHOACH_TOKEN" -H "Content-Type: application/json" \\
  -d '{"version": 3, "status": "DONE", "result": "Đã tổ chức", "figures": [{"label": "Số người tham dự", "value": "400"}]}' \\
  "${base}/activities/<mã hoạt động>/updates"`}</pre>
      </section>
      <nav aria-label="Nhóm API" className="flex flex-wrap gap-2 text-sm">
        {tags.map((tag) => (
          <a key={tag} href={`#tag-${tags.indexOf(tag)}`} className="rounded-full bg-white px-3 py-1 ring-1 ring-slate-300 hover:bg-slate-50">
            {tag}
          </a>
        ))}
      </nav>
      {tags.map((tag, tagIndex) => (
        <section key={tag} aria-labelledby={`tag-${tagIndex}`} className="space-y-3">
          <h2 id={`tag-${tagIndex}`} className="text-lg font-semibold">
            {tag}
          </h2>
          {operations
            .filter((o) => (o.op.tags?.[0] ?? "Khác") === tag)
            .map(({ path, method, op }) => {
              const body = op.requestBody?.content["application/json"]?.schema;
              return (
                <article key={`${method} ${path}`} id={op.operationId} aria-label={`${method.toUpperCase()} /api/v1${path}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                  <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
                    <Badge tone={METHOD_TONES[method] ?? "gray"}>{method.toUpperCase()}</Badge>
                    <span>/api/v1{path}</span>
                  </h3>
                  <p className="mt-1 font-medium">{op.summary}</p>
                  {op.description ? <p className="mt-1 text-sm text-slate-700">{op.description}</p> : null}
                  {op.security && op.security.length === 0 ? <p className="mt-1 text-xs text-slate-500">Không cần xác thực.</p> : null}
                  {op.parameters?.length ? (
                    <div className="mt-3">
                      <h4 className="text-sm font-semibold">Tham số</h4>
                      <ul className="mt-1 space-y-0.5 text-sm">
                        {op.parameters.map((p) => (
                          <li key={`${p.in}-${p.name}`}>
                            <code>{p.name}</code> <span className="text-xs text-slate-500">({p.in === "path" ? "đường dẫn" : "truy vấn"}{p.required ? ", bắt buộc" : ""}; {typeOf(p.schema)})</span>
                            {p.description || p.schema?.description ? <span className="text-slate-700"> — {String(p.description ?? p.schema?.description)}</span> : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {body ? (
                    <div className="mt-3 overflow-x-auto">
                      <h4 className="text-sm font-semibold">Thân yêu cầu (JSON)</h4>
                      <Fields schema={body} components={components} />
                    </div>
                  ) : null}
                  <div className="mt-3 text-sm">
                    <h4 className="font-semibold">Phản hồi</h4>
                    <ul className="mt-1 flex flex-wrap gap-2">
                      {Object.entries(op.responses).map(([status, r]) => (
                        <li key={status} className="rounded bg-slate-100 px-2 py-0.5">
                          <span className="font-mono">{status}</span> {r.description}
                        </li>
                      ))}
                    </ul>
                  </div>
                </article>
              );
            })}
        </section>
      ))}
      <section aria-labelledby="problems" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
        <h2 id="problems" className="text-base font-semibold">
          Lỗi (application/problem+json)
        </h2>
        <ul className="space-y-1">
          {PROBLEM_STATUSES.map((status) => (
            <li key={status} id={`problem-${problemTitle(status)![0]}`}>
              <span className="font-mono">{status}</span> {problemTitle(status)![1]}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
