import { PlanTabs } from "@/components/plans/plan-tabs";

export default async function PlanLayout({ children, params }: LayoutProps<"/plans/[id]">) {
  const { id } = await params;
  return (
    <>
      <PlanTabs planId={id} />
      {children}
    </>
  );
}
