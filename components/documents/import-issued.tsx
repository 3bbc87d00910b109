import type { IssuedImport } from "@/lib/documents/import-issued";
import { formatDate } from "@/lib/dates";
import { Alert } from "@/components/ui/alert";

/**
 * "Nhập như kế hoạch đã ban hành": offered when the document carries a number, and the user may (plan.importIssued).
 * It says what the plan will keep, what the document lacks, or which plan already holds the number.
 */
export function IssuedChoice({
  issued,
  checked,
  onChange,
  errors,
}: {
  issued: IssuedImport | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors?: string[];
}) {
  if (!issued || !issued.allowed) return null;
  const blocked = issued.missing.length > 0 || issued.taken !== null;
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-3">
      <label className="flex items-start gap-2 text-sm font-medium">
        <input type="checkbox" name="asIssued" value="on" checked={checked && !blocked} disabled={blocked} onChange={(e) => onChange(e.target.checked)} className="mt-1" />
        <span>
          Nhập như kế hoạch đã ban hành
          <span className="block font-normal text-slate-600">
            Để theo dõi kế hoạch đã ký, hoặc đưa kế hoạch các năm trước vào Kehoach: giữ số, ký hiệu, ngày ban hành và người ký như văn bản; kế hoạch ở trạng thái đã ban hành từ ngày đó.
          </span>
        </span>
      </label>
      {issued.label && issued.issueDate ? (
        <p className="text-sm text-slate-700">
          Số <b>{issued.label}</b>, ban hành ngày {formatDate(issued.issueDate)}
          {issued.signer ? `, người ký: ${issued.signer}` : ""}.
        </p>
      ) : null}
      {issued.missing.length ? <p className="text-sm text-slate-700">Không nhập như đã ban hành được: văn bản thiếu {issued.missing.join(", ")}.</p> : null}
      {issued.taken ? (
        <Alert tone="error">
          Số {issued.label} đã được dùng cho kế hoạch “{issued.taken.title}”.{" "}
          <a className="link" href={`/plans/${issued.taken.planId}`}>
            Xem kế hoạch đó
          </a>
          . Kiểm tra lại số văn bản, hoặc nhập như dự thảo.
        </Alert>
      ) : null}
      {errors ? <p className="text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}
