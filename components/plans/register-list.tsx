import Link from "next/link";
import type { RegisterPlan } from "@/lib/plans/register-queries";
import { gapLabel, REGISTER_KIND_LABELS as KIND_LABELS, type RegisterEntry } from "@/lib/plans/register-gaps";
import { formatDate } from "@/lib/dates";
import { PlanStatusBadge } from "@/components/plans/status-badges";

const signedText = (value: boolean | null) => (value === null ? "—" : value ? "Có" : "Chưa");
const GAP_HINT = "Không có trong Kehoach: đối chiếu sổ đăng ký văn bản";

/** The register's rows: a table from md up, a card per row on a phone. A gap in the numbers is its own row. */
export function RegisterList({ entries }: { entries: RegisterEntry<RegisterPlan>[] }) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full min-w-[48rem] text-sm">
          <caption className="sr-only">Sổ đăng ký kế hoạch</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">Số, ký hiệu</th>
              <th scope="col" className="px-4 py-2 font-semibold">Ngày ban hành</th>
              <th scope="col" className="px-4 py-2 font-semibold">Loại</th>
              <th scope="col" className="px-4 py-2 font-semibold">Trích yếu</th>
              <th scope="col" className="px-4 py-2 font-semibold">Người ký</th>
              <th scope="col" className="px-4 py-2 font-semibold">Trạng thái</th>
              <th scope="col" className="px-4 py-2 font-semibold">Bản đã ký</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {entries.map((entry) =>
              entry.kind === "gap" ? (
                <tr key={`gap-${entry.from}`} className="bg-amber-50" data-gap="">
                  <td className="whitespace-nowrap px-4 py-2 font-medium text-amber-900">{gapLabel(entry)}</td>
                  <td colSpan={6} className="px-4 py-2 italic text-amber-900">{GAP_HINT}</td>
                </tr>
              ) : (
                <tr key={`${entry.plan.kind}-${entry.plan.id}`} className="hover:bg-slate-50">
                  <td className="whitespace-nowrap px-4 py-3 align-top font-medium tabular-nums">{entry.plan.numberLabel}</td>
                  <td className="whitespace-nowrap px-4 py-3 align-top tabular-nums">{entry.plan.issueDate ? formatDate(entry.plan.issueDate) : "—"}</td>
                  <td className="whitespace-nowrap px-4 py-3 align-top">{KIND_LABELS[entry.plan.kind]}</td>
                  <td className="px-4 py-3 align-top">
                    <Link href={entry.plan.href} className="font-medium text-brand-700 hover:underline">
                      {entry.plan.title}
                    </Link>
                  </td>
                  <td className="px-4 py-3 align-top">{entry.plan.signer || "—"}</td>
                  <td className="px-4 py-3 align-top">
                    <PlanStatusBadge status={entry.plan.status} />
                  </td>
                  <td className="px-4 py-3 align-top">{signedText(entry.plan.signedCopy)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 md:hidden" aria-label="Sổ đăng ký kế hoạch">
        {entries.map((entry) =>
          entry.kind === "gap" ? (
            <li key={`gap-${entry.from}`} className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-gap="">
              <p className="font-medium">{gapLabel(entry)}</p>
              <p className="italic">{GAP_HINT}</p>
            </li>
          ) : (
            <li key={`${entry.plan.kind}-${entry.plan.id}`} className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
              <div className="flex items-start justify-between gap-2">
                <p className="font-semibold tabular-nums">
                  {entry.plan.numberLabel}
                  <span className="ml-2 font-normal text-slate-600">{entry.plan.issueDate ? formatDate(entry.plan.issueDate) : ""}</span>
                </p>
                <PlanStatusBadge status={entry.plan.status} />
              </div>
              <Link href={entry.plan.href} className="mt-1 block font-medium text-brand-700 hover:underline">
                {entry.plan.title}
              </Link>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-2 text-slate-700">
                <dt className="text-slate-500">Loại</dt>
                <dd>{KIND_LABELS[entry.plan.kind]}</dd>
                <dt className="text-slate-500">Người ký</dt>
                <dd>{entry.plan.signer || "—"}</dd>
                <dt className="text-slate-500">Bản đã ký</dt>
                <dd>{signedText(entry.plan.signedCopy)}</dd>
              </dl>
            </li>
          ),
        )}
      </ul>
    </>
  );
}
