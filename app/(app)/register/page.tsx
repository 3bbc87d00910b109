import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { orPageError } from "@/lib/page";
import { todayInVietnam, yearOf } from "@/lib/dates";
import { getRegister } from "@/lib/plans/register-queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { YearForm } from "@/components/ui/year-form";
import { buttonClass } from "@/components/ui/button";
import { RegisterList } from "@/components/plans/register-list";

export const metadata: Metadata = { title: "Sổ đăng ký kế hoạch" };

// A bad year is ignored: the current year in Vietnam is shown.
const querySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

export default async function RegisterPage({ searchParams }: PageProps<"/register">) {
  const user = await requireUser();
  const year = querySchema.parse(await searchParams).year ?? yearOf(todayInVietnam());
  const register = await orPageError(getRegister(user, year));
  return (
    <>
      <PageHeader
        title="Sổ đăng ký kế hoạch"
        description="Mọi kế hoạch và báo cáo kết quả đã có số của Sở trong năm, theo số (một dãy số chung): đối chiếu với sổ đăng ký văn bản (e-office). Số bị thiếu trong dãy được đánh dấu."
        actions={
          register.entries.length ? (
            <Link href={`/register/export?year=${year}`} className={buttonClass("secondary")} prefetch={false}>
              Tải Excel
            </Link>
          ) : null
        }
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <YearForm id="register-year" years={register.years} value={year} />
        {register.entries.length ? (
          <p className="text-sm text-slate-700" role="status">
            {register.planCount} kế hoạch{register.reportCount ? `, ${register.reportCount} báo cáo` : ""} có số năm {year}
            {register.gapCount ? `, ${register.gapCount} chỗ thiếu số` : ", không thiếu số nào"}.
          </p>
        ) : null}
      </div>
      {register.entries.length ? (
        <RegisterList entries={register.entries} />
      ) : (
        <EmptyState title={`Chưa có kế hoạch nào được cấp số năm ${year}`}>Kế hoạch ban hành trong năm sẽ hiện ở đây theo số, cùng ngày ban hành và người ký.</EmptyState>
      )}
    </>
  );
}
