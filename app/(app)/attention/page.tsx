import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listAttention } from "@/lib/activities/attention-queries";
import { attentionFiltersSchema } from "@/lib/activities/schemas";
import { ATTENTION_KINDS, ATTENTION_KIND_LABELS } from "@/lib/activities/attention";
import { attentionQuery } from "@/lib/activities/attention-address";
import { formatDate } from "@/lib/dates";
import { orPageError } from "@/lib/page";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/documents/print-button";
import { AttentionFilters } from "@/components/activities/attention-filters";
import { AttentionTable } from "@/components/activities/attention-table";

export const metadata: Metadata = { title: "Việc cần chú ý" };

export default async function AttentionPage({ searchParams }: PageProps<"/attention">) {
  const user = await requireUser();
  const filters = attentionFiltersSchema.parse(await searchParams);
  const list = await orPageError(listAttention(user, filters));
  const href = (extra: Record<string, string | number | undefined>) => `/attention?${attentionQuery(filters, extra)}`;
  return (
    <div className="attention-sheet">
      <div className="attention-print-header">
        <p className="font-semibold uppercase">{user.organizationName}</p>
        <p className="mt-1 text-lg font-bold">VIỆC CẦN CHÚ Ý</p>
        <p>(tính đến ngày {formatDate(list.today)})</p>
        <p className="mt-1 text-sm">{list.filtersText}</p>
      </div>
      <div className="no-print">
        <PageHeader
          title="Việc cần chú ý"
          description={
            list.unitBound
              ? `Việc của ${list.unit?.name} trong các kế hoạch đang triển khai: quá hạn, vướng mắc, sắp đến hạn hoặc quá hạn mà chưa báo cáo. Tính đến ngày ${formatDate(list.today)}.`
              : `Cả Sở, mọi kế hoạch đang triển khai: việc quá hạn, vướng mắc, sắp đến hạn hoặc quá hạn mà chưa báo cáo. Tính đến ngày ${formatDate(list.today)}.`
          }
          actions={
            <>
              <PrintButton />
              <a className={buttonClass("secondary")} href={`/attention/export?${attentionQuery(filters, { page: undefined })}`} download>
                Tải Excel
              </a>
            </>
          }
        />
        <AttentionFilters filters={filters} list={list} />
        <nav aria-label="Theo loại" className="mb-4 flex flex-wrap gap-2 text-sm">
          {ATTENTION_KINDS.map((kind) => (
            <a
              key={kind}
              href={href({ kind: filters.kind === kind ? undefined : kind, page: undefined })}
              aria-current={filters.kind === kind ? "true" : undefined}
              className={buttonClass(filters.kind === kind ? "primary" : "secondary", "sm")}
            >
              {ATTENTION_KIND_LABELS[kind]}: {list.counts[kind]}
            </a>
          ))}
        </nav>
        <p className="mb-2 text-sm text-slate-600" role="status">
          {list.total ? `${list.total} việc cần chú ý${list.pages > 1 ? `, trang ${list.page}/${list.pages}` : ""}. Việc nghiêm trọng nhất trước: quá hạn chưa báo cáo, quá hạn, vướng mắc, sắp đến hạn (trong ${filters.days} ngày).` : null}
        </p>
      </div>
      {list.total ? (
        <AttentionTable list={list} />
      ) : (
        <EmptyState title="Không có việc nào cần chú ý">Không có hoạt động nào quá hạn, vướng mắc hoặc sắp đến hạn trong {filters.days} ngày tới với bộ lọc này.</EmptyState>
      )}
      {list.pages > 1 ? (
        <nav aria-label="Trang" className="no-print mt-3 flex items-center gap-3 text-sm">
          {list.page > 1 ? (
            <a className="link" href={href({ page: list.page - 1 })} rel="prev">
              ← Trang trước
            </a>
          ) : null}
          <span>
            Trang {list.page}/{list.pages}
          </span>
          {list.page < list.pages ? (
            <a className="link" href={href({ page: list.page + 1 })} rel="next">
              Trang sau →
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
