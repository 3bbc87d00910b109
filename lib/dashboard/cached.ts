// Figures that are the same for every reader of an organisation, computed once
// per change ("use cache", lib/cache/) and shared by all of them. Each takes
// what it depends on as arguments (they are the cache key): the organisation,
// the plan or year, and the Vietnam date, since "quá hạn" turns over at
// midnight in Asia/Ho_Chi_Minh. Never the user: a page checks access first
// (planHeader / getPlanHead answer 404 for a plan the user may not read) and
// keeps what depends on the user (rights, "my unit") out of these.
import "server-only";
import { cacheTag } from "next/cache";
import type { CalendarDate } from "@/lib/dates";
import { orgFragmentTags, planFragmentTags } from "@/lib/cache/tags";
import { homeFiguresOfOrganization } from "@/lib/dashboard/queries";
import { planDashboardOfOrganization } from "@/lib/dashboard/plan";
import { planCalendarItemsOfOrganization } from "@/lib/dashboard/calendar";

export async function cachedHomeFigures(organizationId: string, year: number | null, today: CalendarDate) {
  "use cache";
  cacheTag(...orgFragmentTags(organizationId));
  return homeFiguresOfOrganization(organizationId, year, today);
}

export async function cachedPlanDashboard(organizationId: string, planId: string, today: CalendarDate) {
  "use cache";
  cacheTag(...planFragmentTags(organizationId, planId));
  return planDashboardOfOrganization(organizationId, planId, today);
}

export async function cachedPlanCalendarItems(organizationId: string, planId: string) {
  "use cache";
  cacheTag(...planFragmentTags(organizationId, planId));
  return planCalendarItemsOfOrganization(organizationId, planId);
}
