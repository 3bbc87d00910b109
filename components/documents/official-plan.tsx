import type { ActivityItem, PlanDocument } from "@/lib/plans/document";
import { groupDigits } from "@/lib/money";
import { phaseCost, usesCost } from "@/lib/documents/costs";
import { documentDateLine } from "@/lib/plans/document-date";
import { planNumberLine } from "@/lib/plans/numbering";
import { splitLines } from "@/lib/text";
import { activityTime, phaseHeading, quoted, romanCounter, subTaskLine, usesOutput } from "@/lib/documents/format";

function Bullets({ items }: { items: string[] }) {
  return (
    <>
      {items.map((item, i) => (
        <p key={i}>- {item}</p>
      ))}
    </>
  );
}

/** "1. Mục đích:" with one item inline, several as "- " paragraphs (as the DOCX). */
function Item({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  if (items.length === 1) {
    return (
      <p>
        <b>{label}</b> {items[0]}
      </p>
    );
  }
  return (
    <>
      <p>
        <b>{label}</b>
      </p>
      <Bullets items={items} />
    </>
  );
}

function Row({ activity, withOutput, withCost }: { activity: ActivityItem; withOutput: boolean; withCost: boolean }) {
  return (
    <tr>
      <td className="stt">{activity.stt}</td>
      <td>
        {activity.content.split("\n").map((line, i) => (
          <p key={i}>{line}</p>
        ))}
        {activity.subTasks.map((sub) => (
          <p key={sub.id}>{subTaskLine(sub, activity)}</p>
        ))}
      </td>
      <td>{activity.leadUnit.name}</td>
      <td>
        {activity.supporters.map((unit) => (
          <p key={unit.id}>{unit.name}</p>
        ))}
      </td>
      <td className="c">{activityTime(activity)}</td>
      {withOutput ? <td>{activity.output}</td> : null}
      {withCost ? <td className="r">{activity.cost === null ? "" : groupDigits(activity.cost)}</td> : null}
      <td>{activity.note}</td>
    </tr>
  );
}

/**
 * The plan on A4 paper as Nghị định 30/2020/NĐ-CP lays out a "Kế hoạch", the
 * same content and wording as the DOCX (lib/documents/docx/plan.ts): for the
 * print view, where "Save as PDF" gives the document.
 */
export function OfficialPlan({ plan }: { plan: PlanDocument }) {
  const nextRoman = romanCounter();
  const withOutput = usesOutput(plan);
  const withCost = usesCost(plan);
  let themeItem = 0;
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
        {plan.purposes.length || plan.requirements.length ? (
          <>
            <p className="b">{nextRoman()}. MỤC ĐÍCH, YÊU CẦU</p>
            <Item label="1. Mục đích:" items={plan.purposes} />
            <Item label={`${plan.purposes.length ? 2 : 1}. Yêu cầu:`} items={plan.requirements} />
          </>
        ) : null}
        {plan.theme || plan.slogans.length ? (
          <>
            <p className="b">{nextRoman()}. CHỦ ĐỀ VÀ CÁC KHẨU HIỆU TUYÊN TRUYỀN</p>
            {plan.theme ? (
              <p>
                <b>{++themeItem}. Chủ đề:</b> {quoted(plan.theme)}.
              </p>
            ) : null}
            <Item label={`${++themeItem}. Khẩu hiệu:`} items={plan.slogans.map(quoted)} />
          </>
        ) : null}
        <p className="b">{nextRoman()}. NỘI DUNG VÀ HÌNH THỨC TỔ CHỨC</p>
        {plan.contentItems.length ? (
          <>
            <p className="b">1. Nội dung</p>
            <Bullets items={plan.contentItems} />
          </>
        ) : null}
        <p className="b">{plan.contentItems.length ? 2 : 1}. Hình thức và phân công tổ chức thực hiện</p>
        {plan.phases.map((phase) => (
          <section key={phase.id} aria-label={phaseHeading(phase)}>
            <p className="b keep">{phaseHeading(phase)}</p>
            {phase.activities.length ? (
              <table className="official-table">
                <colgroup>
                  <col style={{ width: "6%" }} />
                  <col style={{ width: `${(withOutput ? 22 : 32) - (withCost ? 10 : 0)}%` }} />
                  <col style={{ width: "17%" }} />
                  <col style={{ width: "17%" }} />
                  <col style={{ width: "16%" }} />
                  {withOutput ? <col style={{ width: "10%" }} /> : null}
                  {withCost ? <col style={{ width: "10%" }} /> : null}
                  <col style={{ width: "12%" }} />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Stt</th>
                    <th scope="col">Nội dung</th>
                    <th scope="col">Đơn vị chủ trì</th>
                    <th scope="col">Đơn vị phối hợp</th>
                    <th scope="col">Thời gian</th>
                    {withOutput ? <th scope="col">Sản phẩm</th> : null}
                    {withCost ? <th scope="col">Kinh phí (đồng)</th> : null}
                    <th scope="col">Ghi chú</th>
                  </tr>
                </thead>
                <tbody>
                  {phase.activities.map((activity) => (
                    <Row key={activity.id} activity={activity} withOutput={withOutput} withCost={withCost} />
                  ))}
                  {withCost ? (
                    <tr className="b">
                      <td />
                      <td colSpan={withOutput ? 5 : 4}>Cộng</td>
                      <td className="r">{groupDigits(phaseCost(phase) ?? 0)}</td>
                      <td />
                    </tr>
                  ) : null}
                </tbody>
              </table>
            ) : (
              <p className="i">(Chưa có hoạt động)</p>
            )}
          </section>
        ))}
        {plan.extraSections.map((extra, i) => (
          <section key={`extra-${i}`} aria-label={extra.heading}>
            <p className="b">
              {nextRoman()}. {extra.heading}
            </p>
            {extra.paragraphs.map((line, j) => (
              <p key={j}>{line}</p>
            ))}
          </section>
        ))}
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
    </article>
  );
}
