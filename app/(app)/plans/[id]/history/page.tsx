import type { Metadata } from "next";
import Link from "next/link";
import { planCrumbLabel } from "@/lib/plans/labels";
import { requireUser } from "@/lib/auth/session";
import { getPlanDocument } from "@/lib/plans/queries";
import { getPlanHistory } from "@/lib/plans/history";
import { orPageError } from "@/lib/page";
import { formatDateTime } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Lịch sử thay đổi" };

export default async function PlanHistoryPage({ params }: PageProps<"/plans/[id]/history">) {
  const { id } = await params;
  const user = await requireUser();
  const [plan, entries] = await orPageError(Promise.all([getPlanDocument(user, id), getPlanHistory(user, id)]));
  return (
    <>
      <Breadcrumb className="mb-2" items={[{ label: "Kế hoạch", href: "/plans" }, { label: planCrumbLabel(plan), href: `/plans/${plan.id}` }, { label: "Lịch sử" }]} />
      <PageHeader title="Lịch sử thay đổi" description={plan.displayTitle} />
      {entries.length === 0 ? (
        <EmptyState title="Chưa có thay đổi nào được ghi lại" />
      ) : (
        <ol className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-0.5 border-b border-slate-100 pb-2 text-sm last:border-0 sm:flex-row sm:gap-4">
              <time dateTime={entry.at.toISOString()} className="shrink-0 tabular-nums text-slate-500 sm:w-36">
                {formatDateTime(entry.at)}
              </time>
              <p>
                <span className="font-medium">{entry.actor}</span> {entry.text}
                {entry.link ? (
                  <>
                    {" "}
                    (<Link href={entry.link.href} className="text-brand-700 underline">{entry.link.label}</Link>)
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
