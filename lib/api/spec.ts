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
  /** The same request as multipart/form-data (a file upload), parsed from its fields; JSON is then also accepted. */
  multipart?: z.ZodType;
  /** Only multipart/form-data is accepted (an upload with nothing to say in JSON): anything else is 415. */
  multipartOnly?: boolean;
  /** The largest body accepted, when larger than the usual MAX_BODY_BYTES (an uploaded document). */
  maxBodyBytes?: number;
  success: { status: 200 | 201 | 204; description: string; schema?: z.ZodType; contentType?: string };
  errors: number[];
};

export function defineSpec<const S extends ApiSpec>(spec: S): S {
  return spec;
}
