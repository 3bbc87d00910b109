import { attentionFile } from "@/lib/documents/exports";
import { downloadRoute } from "@/lib/documents/download";
import { attentionFiltersSchema } from "@/lib/activities/schemas";

// /attention/export?unit=…&kind=…: Việc cần chú ý as Excel, with the page's filters and rights.
export const GET = downloadRoute(async (user, request) => attentionFile(user, attentionFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams))));
