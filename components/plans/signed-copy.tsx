// "Bản đã ký": the signed copy of the issued plan, shown first on the plan
// page, with what its digital signatures say. Integrity is said in words and
// a symbol, never by colour alone.
import type { SignedCopyView } from "@/lib/signed-copies/queries";
import { INTEGRITY_LABELS, NO_TRUST_CHAIN, UNSIGNED_LABEL, type Integrity } from "@/lib/documents/pdf-signatures";
import { formatDate, formatDateTime } from "@/lib/dates";
import { SignedCopyForm } from "@/components/plans/signed-copy-form";
import { MAX_SIGNED_COPY_BYTES } from "@/lib/signed-copies/file";

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const day = (iso: string | null) => (iso ? formatDateTime(new Date(iso)).slice(0, 10) : "không rõ");

const MARKS: Record<Integrity, { mark: string; className: string }> = {
  intact: { mark: "✓", className: "text-green-800" },
  changed: { mark: "✗", className: "text-red-800" },
  appended: { mark: "✗", className: "text-red-800" },
  unreadable: { mark: "?", className: "text-amber-800" },
};

function issueLabel(copy: SignedCopyView) {
  const parts = [copy.numberLabel ? `Số ${copy.numberLabel}` : null, copy.issueDate ? `ngày ${formatDate(copy.issueDate)}` : null].filter(Boolean);
  const round = copy.issueRound > 1 ? `Ban hành lần ${copy.issueRound}` : copy.issueRound === 1 ? "Ban hành lần đầu" : "Ban hành";
  return `${round}${parts.length ? `: ${parts.join(", ")}` : ""}`;
}

function Signatures({ copy }: { copy: SignedCopyView }) {
  if (!copy.signatures.length) return <p className="text-sm text-slate-700">{UNSIGNED_LABEL}.</p>;
  const anyIntact = copy.signatures.some((s) => s.integrity === "intact");
  return (
    <div className="space-y-2">
      <ul className="space-y-2" aria-label="Chữ ký số">
        {copy.signatures.map((s, i) => {
          const mark = MARKS[s.integrity];
          return (
            <li key={i} className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="signature">
              <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-medium text-slate-700">Người ký</dt>
                <dd>
                  {s.signer ?? "không rõ"}
                  {s.organization ? <span className="text-slate-600"> ({s.organization})</span> : null}
                </dd>
                <dt className="font-medium text-slate-700">Thời điểm ký</dt>
                <dd>{s.signedAt ? formatDateTime(new Date(s.signedAt)) : "không rõ"}</dd>
                <dt className="font-medium text-slate-700">Toàn vẹn</dt>
                <dd className={`font-medium ${mark.className}`}>
                  <span aria-hidden="true">{mark.mark} </span>
                  {s.integrity === "unreadable" ? (s.problem ?? INTEGRITY_LABELS.unreadable) : INTEGRITY_LABELS[s.integrity]}
                </dd>
                {s.readable ? (
                  <>
                    <dt className="font-medium text-slate-700">Chứng thư số</dt>
                    <dd>
                      hiệu lực từ {day(s.certificateValidFrom)} đến {day(s.certificateValidTo)}
                    </dd>
                  </>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ul>
      {copy.truncated ? <p className="text-sm text-amber-800">Tệp có quá nhiều chữ ký; chỉ đọc các chữ ký đầu tiên.</p> : null}
      {anyIntact ? <p className="text-xs text-slate-600">{NO_TRUST_CHAIN}</p> : null}
    </div>
  );
}

function CopyHeader({ copy }: { copy: SignedCopyView }) {
  return (
    <div className="space-y-1 text-sm">
      <p>
        <a href={`/files/signed/${copy.id}`} className="link font-medium" download>
          {copy.fileName}
        </a>{" "}
        <span className="text-slate-600">({size(copy.size)})</span>
      </p>
      <p className="text-slate-600">
        {issueLabel(copy)} · Tải lên bởi {copy.uploadedBy ?? "không rõ"} lúc {formatDateTime(copy.uploadedAt)}
      </p>
    </div>
  );
}

export function SignedCopyPanel({ planId, copies, canAttach, kind = "PLAN" }: { planId: string; copies: SignedCopyView[]; canAttach: boolean; kind?: "PLAN" | "REPORT" }) {
  if (!copies.length && !canAttach) return null;
  const [latest, ...earlier] = copies;
  return (
    <section aria-labelledby="signed-copy-heading" className="no-print space-y-3 rounded-lg border border-slate-300 bg-white p-4 shadow-sm" data-testid="signed-copy">
      <h2 id="signed-copy-heading" className="text-base font-semibold text-slate-900">
        Bản đã ký
      </h2>
      {latest ? (
        <div className="space-y-2">
          <CopyHeader copy={latest} />
          <Signatures copy={latest} />
        </div>
      ) : (
        <p className="text-sm text-slate-600">Chưa có bản đã ký. Đính kèm tệp PDF của văn bản đã ký ban hành.</p>
      )}
      {earlier.length ? (
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium">Các bản đã ký trước ({earlier.length})</summary>
          <ul className="mt-3 space-y-4">
            {earlier.map((copy) => (
              <li key={copy.id} className="space-y-2 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
                <CopyHeader copy={copy} />
                <Signatures copy={copy} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {canAttach ? <SignedCopyForm planId={planId} kind={kind} maxMb={MAX_SIGNED_COPY_BYTES / 1024 / 1024} hasCopies={copies.length > 0} /> : null}
    </section>
  );
}
