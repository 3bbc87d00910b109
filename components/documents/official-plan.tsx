import type { PlanDocument } from "@/lib/plans/document";
import { documentDateLine } from "@/lib/plans/document-date";
import { planNumberLine } from "@/lib/plans/numbering";
import { splitLines } from "@/lib/text";
import { OfficialPlanAppendix, OfficialPlanBody } from "./official-plan-body";

/**
 * The plan on A4 paper as Nghị định 30/2020/NĐ-CP lays out a "Kế hoạch", the
 * same content and wording as the DOCX (lib/documents/docx/plan.ts): for the
 * print view, where "Save as PDF" gives the document.
 */
export function OfficialPlan({ plan }: { plan: PlanDocument }) {
  return (
    <article className="official" aria-label={plan.displayTitle}>
      <table className="official-head" role="presentation">
        <tbody>
          <tr>
            <td>
              <p>{plan.organization.parentName.toLocaleUpperCase("vi")}</p>
              <p className="b rule">{plan.organization.headerName.toLocaleUpperCase("vi")}</p>
              <p className="number">{plan.numberLabel ? `Số: ${plan.numberLabel}` : planNumberLine(null, plan.symbol)}</p>
            </td>
            <td>
              <p className="b">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
              <p className="b rule motto">Độc lập - Tự do - Hạnh phúc</p>
              <p className="i date">{documentDateLine(plan.place, plan.issueDate, plan.year)}</p>
            </td>
          </tr>
        </tbody>
      </table>
      <h1 className="kind">KẾ HOẠCH</h1>
      <p className="title rule">{plan.title}</p>
      <div className="body">
        {plan.legalBasis.map((line, i) => (
          <p key={i} className="i">
            {line}
          </p>
        ))}
        {plan.intro ? <p>{plan.intro}</p> : null}
        <OfficialPlanBody plan={plan} />
        {splitLines(plan.closingText).map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <table className="official-sign" role="presentation">
        <tbody>
          <tr>
            <td className="recipients">
              <p className="b i">Nơi nhận:</p>
              {plan.recipients.map((r, i) => (
                <p key={i}>- {r}</p>
              ))}
            </td>
            <td className="signer">
              {plan.signerAuthority ? <p className="b">{plan.signerAuthority.toLocaleUpperCase("vi")}</p> : null}
              <p className="b">{plan.signerTitle.toLocaleUpperCase("vi")}</p>
              <div className="space" />
              <p className="b">{plan.signerName}</p>
            </td>
          </tr>
        </tbody>
      </table>
      <OfficialPlanAppendix plan={plan} />
    </article>
  );
}
