// The address of a Việc cần chú ý view: the filters as query parameters, the
// same for the page, its pages, the kind links, the Excel file and the
// dashboards' links to one unit.
import type { AttentionFiltersInput } from "@/lib/activities/schemas";
import { DEFAULT_HORIZON_DAYS } from "@/lib/activities/attention";

type Params = Partial<Record<keyof AttentionFiltersInput, string | number | undefined>>;

/** The query string; the defaults (7 days, page 1) are left out, so addresses stay short. */
export function attentionQuery(filters: Params, extra: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) {
    if (value === undefined || value === "") continue;
    if (key === "days" && Number(value) === DEFAULT_HORIZON_DAYS) continue;
    if (key === "page" && Number(value) === 1) continue;
    query.set(key, String(value));
  }
  return query.toString();
}

/** A unit's view, from the dashboards: its work as lead (or support) that needs attention. */
export function attentionHref(unitId: string, extra: Params = {}): string {
  return `/attention?${attentionQuery({ unit: unitId, ...extra })}`;
}
