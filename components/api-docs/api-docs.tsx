import type { ApiDocs } from "@/lib/api/docs-model";
import { OperationCard } from "@/components/api-docs/operation-card";

/** The API's documentation: how to start, the operations by tag, the problem types. */
export function ApiDocsView({ docs, base }: { docs: ApiDocs; base: string }) {
  return (
    <>
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" aria-labelledby="api-start">
        <h2 id="api-start" className="text-base font-semibold">
          Bắt đầu
        </h2>
        <p>{docs.description}</p>
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
        {docs.tags.map((tag, index) => (
          <a key={tag.name} href={`#tag-${index}`} className="rounded-full bg-white px-3 py-1 ring-1 ring-slate-300 hover:bg-slate-50">
            {tag.name}
          </a>
        ))}
      </nav>
      {docs.tags.map((tag, index) => (
        <section key={tag.name} aria-labelledby={`tag-${index}`} className="space-y-3">
          <h2 id={`tag-${index}`} className="text-lg font-semibold">
            {tag.name}
          </h2>
          {tag.operations.map((op) => (
            <OperationCard key={`${op.method} ${op.path}`} op={op} />
          ))}
        </section>
      ))}
      <section aria-labelledby="problems" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
        <h2 id="problems" className="text-base font-semibold">
          Lỗi (application/problem+json)
        </h2>
        <ul className="space-y-1">
          {docs.problems.map((p) => (
            <li key={p.status} id={`problem-${p.slug}`}>
              <span className="font-mono">{p.status}</span> {p.title}
            </li>
          ))}
        </ul>
        <p>
          Trường <code>reason</code> cho biết trường hợp cụ thể mà chương trình gọi cần xử lý riêng (hãy dựa vào nó, không dựa vào câu chữ của <code>detail</code>):
        </p>
        <ul className="space-y-1">
          {docs.reasons.map((r) => (
            <li key={r.reason} id={`reason-${r.reason}`}>
              <code>{r.reason}</code> — {r.meaning}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
