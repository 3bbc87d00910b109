import { z } from "zod";
import { planActivitiesFile, planDocxFile, planReportFile } from "@/lib/documents/exports";
import { downloadRoute } from "@/lib/documents/download";

const formats = { docx: planDocxFile, report: planReportFile, xlsx: planActivitiesFile } as const;
const paramsSchema = z.object({ id: z.uuid(), format: z.enum(["docx", "report", "xlsx"]) });

// /plans/{id}/export/docx | report | xlsx — for users who may read the plan.
export const GET = downloadRoute(async (user, _request, context: RouteContext<"/plans/[id]/export/[format]">) => {
  const params = paramsSchema.safeParse(await context.params);
  if (!params.success) return null;
  return formats[params.data.format](user, params.data.id);
});
