import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { planIsReadable } from "@/lib/plans/queries";
import { PlanTabs } from "@/components/plans/plan-tabs";

// The tabs stream a skeleton first (loading.tsx); the plan is checked here,
// before the stream starts, so an unknown or unreadable plan is a real 404.
export default async function PlanLayout({ children, params }: LayoutProps<"/plans/[id]">) {
  const { id } = await params;
  const user = await requireUser();
  if (!(await planIsReadable(user, id))) notFound();
  return (
    <>
      <PlanTabs planId={id} />
      {children}
    </>
  );
}
