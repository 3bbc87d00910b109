// The OpenAPI document shaped for the /api/docs page: operations grouped by
// tag, each with its parameters, request body fields and responses, and the
// problem types. The page only renders this.
import { openApiDocument } from "@/lib/api/openapi";
import { PROBLEM_STATUSES, problemTitle } from "@/lib/api/problem";
import { API_ERROR_REASONS } from "@/lib/errors";

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

/** A schema's type as the docs print it: "string uuid", "Phase[]", "DRAFT | ISSUED". */
export function typeOf(schema: Schema | undefined): string {
  if (!schema) return "";
  if (typeof schema.$ref === "string") return schema.$ref.split("/").pop()!;
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(" | ");
  if (schema.type === "array") return `${typeOf(schema.items as Schema)}[]`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(typeOf).join(" | ");
  return [schema.type, schema.format].filter(Boolean).join(" ");
}

function resolve(schema: Schema | undefined, components: Record<string, Schema>): Schema | undefined {
  if (!schema) return undefined;
  const ref = schema.$ref;
  if (typeof ref === "string") return components[ref.split("/").pop()!];
  return schema;
}

export type Field = { name: string; type: string; required: boolean; description: string };
/** An object's fields, or for anything else its type. */
export type Body = { fields: Field[] } | { type: string };

export function bodyOf(schema: Schema | undefined, components: Record<string, Schema>): Body {
  const resolved = resolve(schema, components);
  const properties = Object.entries((resolved?.properties ?? {}) as Record<string, Schema>);
  if (!properties.length) return { type: typeOf(resolved) };
  const required = new Set((resolved?.required ?? []) as string[]);
  return { fields: properties.map(([name, field]) => ({ name, type: typeOf(field), required: required.has(name), description: String(field.description ?? "") })) };
}

export type DocOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  /** No credentials needed. */
  open: boolean;
  parameters: { name: string; in: "path" | "query"; required: boolean; type: string; description: string }[];
  body: Body | null;
  responses: { status: string; description: string }[];
};

export type ApiDocs = {
  description: string;
  tags: { name: string; operations: DocOperation[] }[];
  problems: { status: number; slug: string; title: string }[];
  reasons: { reason: string; meaning: string }[];
};

export function apiDocs(): ApiDocs {
  const doc = openApiDocument() as unknown as {
    info: { description: string };
    paths: Record<string, Record<string, Operation>>;
    components: { schemas?: Record<string, Schema> };
  };
  const components = doc.components.schemas ?? {};
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]): DocOperation & { tag: string } => ({
      tag: op.tags?.[0] ?? "Khác",
      id: op.operationId,
      method,
      path,
      summary: op.summary,
      description: op.description ?? null,
      open: Boolean(op.security && op.security.length === 0),
      parameters: (op.parameters ?? []).map((p) => ({
        name: p.name,
        in: p.in === "path" ? "path" : "query",
        required: Boolean(p.required),
        type: typeOf(p.schema),
        description: String(p.description ?? p.schema?.description ?? ""),
      })),
      body: op.requestBody?.content["application/json"]?.schema ? bodyOf(op.requestBody.content["application/json"].schema, components) : null,
      responses: Object.entries(op.responses).map(([status, r]) => ({ status, description: r.description })),
    })),
  );
  const tags = [...new Set(operations.map((o) => o.tag))];
  return {
    description: doc.info.description,
    tags: tags.map((name) => ({ name, operations: operations.filter((o) => o.tag === name).map(({ tag: _tag, ...op }) => op) })),
    problems: PROBLEM_STATUSES.map((status) => ({ status, slug: problemTitle(status)![0], title: problemTitle(status)![1] })),
    reasons: Object.entries(API_ERROR_REASONS).map(([reason, meaning]) => ({ reason, meaning })),
  };
}
