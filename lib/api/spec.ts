// The description of one API route: used by its handler (to parse and check)
// and by the OpenAPI document (to publish), so the two cannot drift apart.
import type { z } from "zod";

export type ApiSpec = {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** OpenAPI path under /api/v1, e.g. "/plans/{id}". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** false: no credentials needed (health, the OpenAPI document). */
  auth?: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  success: { status: 200 | 201 | 204; description: string; schema?: z.ZodType; contentType?: string };
  errors: number[];
};

export function defineSpec<const S extends ApiSpec>(spec: S): S {
  return spec;
}
