import type { PlanReport, ReportPhase } from "@/lib/documents/report-model";
import { groupDigits } from "@/lib/money";
import { splitLines } from "@/lib/text";

function PhaseTable({ phase }: { phase: ReportPhase }) {
  if (!phase.rows.length) return <p className="i">(Chưa có hoạt động)</p>;
  return (
    <table className="official-table">
      {/* The DOCX's column widths (lib/documents/docx/report-tables.ts), as shares of the text width. */}
      <colgroup>
        <col style={{ width: "6%" }} />
        <col style={{ width: "23%" }} />
        <col style={{ width: "15%" }} />
        <col style={{ width: "13%" }} />
        <col style={{ width: "16%" }} />
        <col style={{ width: "27%" }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Stt</th>
          <th scope="col">Nội dung</th>
          <th scope="col">Đơn vị chủ trì</th>
          <th scope="col">Trạng thái</th>
          <th scope="col">Thời gian thực hiện</th>
          <th scope="col">Kết quả, số liệu, minh chứng</th>
        </tr>
      </thead>
      <tbody>
        {phase.rows.map((row) => (
          <tr key={row.activityId}>
            <td className="stt">{row.stt}</td>
            <td className={row.isSubTask ? "i" : undefined}>{row.content}</td>
            <td>{row.leadUnitName}</td>
            <td>
              <p>{row.statusLabel}</p>
              {row.overdue ? <p className="b">Quá hạn</p> : null}
            </td>
            <td className="c">{row.timeText}</td>
            <td>
              {splitLines(row.result).map((line, i) => (
                <p key={i}>{line}</p>
              ))}
              {row.figures.map((figure) => (
                <p key={figure.label}>
                  {figure.label}: {figure.value}
                </p>
              ))}
              {row.evidence.map((item) => (
                <p key={item.url}>
                  <a href={item.url}>{item.title || item.url}</a>
                </p>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The results report on A4 paper, with the same content, order and numbering
 * as its DOCX (lib/documents/docx/report.ts): I. with 1., 2. per phase and the
 * summary, then II.–IV. for the sections written, then Nơi nhận and signer.
 */
export function OfficialReport({ report }: { report: PlanReport }) {
  const { heading, headings, totals, cost } = report;
  return (
    <article className="official" aria-label={report.displayTitle}>
      <table className="official-head" role="presentation">
        <tbody>
          <tr>
            <td>
              <p>{heading.parentName.toLocaleUpperCase("vi")}</p>
              <p className="b rule">{heading.headerName.toLocaleUpperCase("vi")}</p>
              <p className="number">{heading.numberLine}</p>
            </td>
            <td>
              <p className="b">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
              <p className="b rule motto">Độc lập - Tự do - Hạnh phúc</p>
              <p className="i date">{heading.dateLine}</p>
            </td>
          </tr>
        </tbody>
      </table>
      <h1 className="kind">{heading.kind}</h1>
      <p className="title rule">{heading.title}</p>
      <div className="body">
        <p>{report.intro}</p>
        <h2 className="b keep">{headings.results}</h2>
        {report.phases.length ? null : <p className="i">(Kế hoạch chưa có giai đoạn nào)</p>}
        {report.phases.map((phase) => (
          <section key={phase.heading} aria-label={phase.heading}>
            <h3 className="b keep">{phase.heading}</h3>
            <PhaseTable phase={phase} />
          </section>
        ))}
        <h3 className="b keep">{headings.summary}</h3>
        <p>
          <span className="b">{headings.summaryParts.progress}</span> (tính theo hoạt động của kế hoạch, không kể nhiệm vụ con):
        </p>
        <p>- Đã hoàn thành: {totals.done}/{totals.total} hoạt động;</p>
        <p>- Đang thực hiện: {totals.inProgress};</p>
        <p>- Chưa bắt đầu: {totals.notStarted};</p>
        <p>- Quá hạn (hết thời gian mà chưa xong): {totals.overdue};</p>
        <p>- Vướng mắc: {totals.blocked};</p>
        <p>- Đã hủy: {totals.cancelled}.</p>
        {cost.activities !== null ? <p>- Tổng kinh phí dự kiến của các hoạt động: {groupDigits(cost.activities)} đồng;</p> : null}
        {cost.budget !== null ? (
          <p>
            - Kinh phí của kế hoạch: {groupDigits(cost.budget)} đồng{cost.source ? ` (nguồn: ${cost.source})` : ""}.
          </p>
        ) : null}
        <p>
          <span className="b">{headings.summaryParts.units}</span> (tính cả nhiệm vụ con):
        </p>
        <table className="official-table">
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Chủ trì</th>
              <th scope="col">Đã xong</th>
              <th scope="col">Quá hạn</th>
            </tr>
          </thead>
          <tbody>
            {report.units.map((unit) => (
              <tr key={unit.unitName}>
                <td>{unit.unitName}</td>
                <td className="c">{unit.lead}</td>
                <td className="c">{unit.done}</td>
                <td className="c">{unit.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {headings.sections.map((section) => (
          <section key={section.key} aria-label={section.heading}>
            <h2 className="b keep">{section.heading}</h2>
            {splitLines(section.text).map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </section>
        ))}
        <p>{report.closing}</p>
      </div>
      <table className="official-sign" role="presentation">
        <tbody>
          <tr>
            <td className="recipients">
              <p className="b i">Nơi nhận:</p>
              {report.signer.recipients.map((r, i) => (
                <p key={i}>- {r}</p>
              ))}
            </td>
            <td className="signer">
              {report.signer.signerAuthority ? <p className="b">{report.signer.signerAuthority.toLocaleUpperCase("vi")}</p> : null}
              <p className="b">{report.signer.signerTitle.toLocaleUpperCase("vi")}</p>
              <div className="space" />
              <p className="b">{report.signer.signerName}</p>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
