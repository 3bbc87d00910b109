// Opaque page cursors: the last row's id, base64url-encoded.
import { z } from "zod";

export const encodeCursor = (id: string) => Buffer.from(id, "utf8").toString("base64url");

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  return z.uuid().safeParse(id).success ? id : "00000000-0000-0000-0000-000000000000";
}

/** Takes limit + 1 rows; returns the page and the cursor of the next one. */
export function page<T extends { id: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items.at(-1)!.id) : null };
}
