// PATCH bodies: every field optional and without its default, so that a field
// the client did not send stays as it is (a default would blank it).
import { z } from "zod";

type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K]> };

export function patchShape<T extends z.ZodRawShape>(shape: T): PatchShape<T> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType)).optional()]),
  ) as unknown as PatchShape<T>;
}

/** The current values with the sent ones on top. */
export function mergePatch<T extends object>(current: T, patch: Record<string, unknown>): T {
  const sent = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return { ...current, ...sent } as T;
}
