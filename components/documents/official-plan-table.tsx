import type { ActivityItem, PhaseItem } from "@/lib/plans/document";
import { activityTime, phaseTitleWindow, subTaskLine } from "@/lib/documents/format";
import { phaseCost } from "@/lib/documents/costs";
import { groupDigits } from "@/lib/money";

/**
 * Text with a break opportunity after each `mark`: a narrow column wraps "1.500.<wbr>000.<wbr>000" between groups and
 * "01/8-<wbr>15/9/2024" after the hyphen (which browsers never break before a digit), not into the next cell.
 */
function BreakAfter({ text, mark }: { text: string; mark: string }) {
  const parts = text.split(mark);
  return parts.map((part, i) => (i < parts.length - 1 ? [part, mark, <wbr key={i} />] : part));
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
      <td className="c">
        <BreakAfter text={activityTime(activity)} mark="-" />
      </td>
      {withOutput ? <td>{activity.output}</td> : null}
      {withCost ? <td className="r">{activity.cost === null ? "" : <BreakAfter text={groupDigits(activity.cost)} mark="." />}</td> : null}
      <td>{activity.note}</td>
    </tr>
  );
}

/** "Cộng" under a table: the sum of its costs, in the Kinh phí column (second to last). */
function TotalRow({ columns, amount }: { columns: number; amount: string }) {
  return (
    <tr className="b">
      <td />
      <td colSpan={columns - 3}>Cộng</td>
      <td className="r">
        <BreakAfter text={amount} mark="." />
      </td>
      <td />
    </tr>
  );
}

/**
 * The activity table of the print view, as the DOCX writes it (lib/documents/docx/plan-phases.ts): one per phase in
 * the body, or, in the appendix (`groups`), one for all phases with a group row "I | TITLE (từ ngày …)" before each.
 */
export function OfficialActivityTable({
  phases,
  withOutput,
  withCost = false,
  groups = false,
}: {
  phases: PhaseItem[];
  withOutput: boolean;
  withCost?: boolean;
  groups?: boolean;
}) {
  const columns = 6 + (withOutput ? 1 : 0) + (withCost ? 1 : 0);
  // Kinh phí takes its width from Nội dung, as in the DOCX.
  const contentWidth = (groups ? (withOutput ? 29 : 37) : withOutput ? 22 : 32) - (withCost ? 10 : 0);
  const total = (rows: PhaseItem[]) => groupDigits(phaseCost({ activities: rows.flatMap((phase) => phase.activities) }) ?? 0);
  return (
    <table className="official-table">
      {/* The appendix is on a landscape page: Nội dung and Sản phẩm get the extra width. */}
      <colgroup>
        <col style={{ width: groups ? "5%" : "6%" }} />
        <col style={{ width: `${contentWidth}%` }} />
        <col style={{ width: groups ? "15%" : "17%" }} />
        <col style={{ width: groups ? "16%" : "17%" }} />
        <col style={{ width: groups ? "12%" : "16%" }} />
        {withOutput ? <col style={{ width: groups ? "14%" : "10%" }} /> : null}
        {withCost ? <col style={{ width: "10%" }} /> : null}
        <col style={{ width: groups ? "9%" : "12%" }} />
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
      {phases.map((phase) => (
        <tbody key={phase.id}>
          {groups ? (
            <tr className="group">
              <td className="stt b">{phase.code}</td>
              <td className="b" colSpan={columns - 1}>
                {phaseTitleWindow(phase)}
              </td>
            </tr>
          ) : null}
          {phase.activities.map((activity) => (
            <Row key={activity.id} activity={activity} withOutput={withOutput} withCost={withCost} />
          ))}
          {withCost && !groups ? <TotalRow columns={columns} amount={total([phase])} /> : null}
        </tbody>
      ))}
      {withCost && groups ? (
        <tbody>
          <TotalRow columns={columns} amount={total(phases)} />
        </tbody>
      ) : null}
    </table>
  );
}
