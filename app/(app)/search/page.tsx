import type { Metadata } from "next";
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
      {result.plans.length ? (
        <section aria-labelledby="found-plans">
          <h2 id="found-plans" className="mb-2 text-lg font-semibold">
            Kế hoạch ({result.plans.length})
          </h2>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {result.plans.map((p) => (
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
            ))}
          </ul>
        </section>
      ) : null}
      {result.activities.length ? (
        <section aria-labelledby="found-activities">
          <h2 id="found-activities" className="mb-2 text-lg font-semibold">
            Hoạt động ({result.activities.length})
          </h2>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {result.activities.map((a) => (
              <li key={a.id} className="px-4 py-2 text-sm">
                <Link href={`/activities/${a.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {a.content}
                </Link>
                <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <ActivityStatusBadge status={a.status} /> {a.lead} · {a.plan}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.units.length ? (
        <section aria-labelledby="found-units">
          <h2 id="found-units" className="mb-2 text-lg font-semibold">
            Đơn vị ({result.units.length})
          </h2>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {result.units.map((u) => (
              <li key={u.id} className="px-4 py-2 text-sm">
                <Link href={`/my-work?unit=${u.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {u.name}
                </Link>{" "}
                <span className="text-slate-500">({u.shortName})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
