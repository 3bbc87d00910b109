import { z } from "zod";
import { registerFile } from "@/lib/documents/exports";
import { downloadRoute } from "@/lib/documents/download";
import { todayInVietnam, yearOf } from "@/lib/dates";

const querySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

// /register/export?year=2026: the register of that year as Excel, the same rows as the page (register.read).
export const GET = downloadRoute(async (user, request) => {
  const { year } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return registerFile(user, year ?? yearOf(todayInVietnam()));
});
