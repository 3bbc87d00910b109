import type { Body, DocOperation } from "@/lib/api/docs-model";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const METHOD_TONES: Record<string, BadgeTone> = { get: "blue", post: "green", patch: "amber", delete: "red" };

function BodyFields({ body }: { body: Body }) {
  if ("type" in body) return <p className="text-sm text-slate-600">{body.type}</p>;
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
        {body.fields.map((field) => (
          <tr key={field.name} className="border-t border-slate-100 align-top">
            <td className="py-1 pr-3 font-mono">
              {field.name}
              {field.required ? <span className="text-red-700"> *</span> : null}
            </td>
            <td className="py-1 pr-3 font-mono text-xs">{field.type}</td>
            <td className="py-1 text-slate-700">{field.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One operation of the API: method and path, parameters, request body, responses. */
export function OperationCard({ op }: { op: DocOperation }) {
  return (
    <article id={op.id} aria-label={`${op.method.toUpperCase()} /api/v1${op.path}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
        <Badge tone={METHOD_TONES[op.method] ?? "gray"}>{op.method.toUpperCase()}</Badge>
        <span>/api/v1{op.path}</span>
      </h3>
      <p className="mt-1 font-medium">{op.summary}</p>
      {op.description ? <p className="mt-1 text-sm text-slate-700">{op.description}</p> : null}
      {op.open ? <p className="mt-1 text-xs text-slate-500">Không cần xác thực.</p> : null}
      {op.parameters.length ? (
        <div className="mt-3">
          <h4 className="text-sm font-semibold">Tham số</h4>
          <ul className="mt-1 space-y-0.5 text-sm">
            {op.parameters.map((p) => (
              <li key={`${p.in}-${p.name}`}>
                <code>{p.name}</code>{" "}
                <span className="text-xs text-slate-500">
                  ({p.in === "path" ? "đường dẫn" : "truy vấn"}
                  {p.required ? ", bắt buộc" : ""}; {p.type})
                </span>
                {p.description ? <span className="text-slate-700"> — {p.description}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {op.body ? (
        <div className="mt-3 overflow-x-auto">
          <h4 className="text-sm font-semibold">Thân yêu cầu (JSON)</h4>
          <BodyFields body={op.body} />
        </div>
      ) : null}
      <div className="mt-3 text-sm">
        <h4 className="font-semibold">Phản hồi</h4>
        <ul className="mt-1 flex flex-wrap gap-2">
          {op.responses.map((r) => (
            <li key={r.status} className="rounded bg-slate-100 px-2 py-0.5">
              <span className="font-mono">{r.status}</span> {r.description}
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
