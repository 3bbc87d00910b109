import { z } from "zod";
import { unitTableFile } from "@/lib/documents/exports";
import { downloadRoute } from "@/lib/documents/download";

const querySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  plan: z.uuid().optional().catch(undefined),
});

// /export/units?year=2022 or ?plan={id}: the dashboard's table by unit as Excel.
export const GET = downloadRoute(async (user, request) => {
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return unitTableFile(user, { year: query.year ?? null, planId: query.plan ?? null });
});
