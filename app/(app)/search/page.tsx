import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { searchEverything } from "@/lib/search/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ActivityStatusBadge, PlanStatusBadge } from "@/components/plans/status-badges";

export const metadata: Metadata = { title: "Tìm kiếm" };

const paramsSchema = z.object({ q: z.string().trim().max(200).catch("") });

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const user = await requireUser();
  const { q } = paramsSchema.parse({ q: (await searchParams).q ?? "" });
  const result = await searchEverything(user, q);
  const total = result.plans.length + result.activities.length + result.units.length;
  return (
    <div className="space-y-6">
      <PageHeader title="Tìm kiếm" description={q ? `Kết quả cho “${q}” (không phân biệt dấu, hoa thường)` : "Nhập từ cần tìm ở ô tìm kiếm phía trên."} />
      {q && total === 0 ? <EmptyState title="Không tìm thấy kết quả nào">Thử từ khác, hoặc ít từ hơn.</EmptyState> : null}
      <FoundGroup id="found-plans" title="Kế hoạch" items={result.plans}>
        {(p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-2 px-4 py-2 text-sm">
            <Link href={`/plans/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {p.displayTitle}
            </Link>
            <span className="text-slate-500">
              {p.numberLabel ? `${p.numberLabel} · ` : ""}
              {p.year}
            </span>
            <PlanStatusBadge status={p.status} />
          </li>
        )}
      </FoundGroup>
      <FoundGroup id="found-activities" title="Hoạt động" items={result.activities}>
        {(a) => (
          <li key={a.id} className="px-4 py-2 text-sm">
            <Link href={`/activities/${a.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {a.content}
            </Link>
            <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
              <ActivityStatusBadge status={a.status} /> {a.lead} · {a.plan}
            </p>
          </li>
        )}
      </FoundGroup>
      <FoundGroup id="found-units" title="Đơn vị" items={result.units}>
        {(u) => (
          <li key={u.id} className="px-4 py-2 text-sm">
            <Link href={`/my-work?unit=${u.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {u.name}
            </Link>{" "}
            <span className="text-slate-500">({u.shortName})</span>
          </li>
        )}
      </FoundGroup>
    </div>
  );
}

/** One kind of result, with its count in the heading; nothing when none was found. */
function FoundGroup<T>({ id, title, items, children }: { id: string; title: string; items: T[]; children: (item: T) => ReactNode }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title} ({items.length})
      </h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">{items.map(children)}</ul>
    </section>
  );
}
