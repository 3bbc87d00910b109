"use client";
import type { ImportPreview } from "@/lib/documents/import-service";
import type { ParsedActivity, UnitMention } from "@/lib/documents/import";
import { formatWindow } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";
import { KeptSections } from "@/components/documents/import-sections";
import { OutlineSummary } from "@/components/documents/outline-summary";

type Units = ImportPreview["units"];

function UnitName({ mention, units }: { mention: UnitMention | null; units: Units }) {
  if (!mention) return <Badge tone="red">Không có đơn vị</Badge>;
  if (mention.placeholder) return <Badge tone="red">Văn bản không ghi chủ trì: chọn ở bước 3</Badge>;
  const unit = mention.unitId ? units.find((u) => u.id === mention.unitId) : null;
  if (unit)
    return (
      <span>
        {unit.name}
        {mention.text !== unit.name ? <span className="block font-sans text-xs text-slate-600">“{mention.text}”: {mention.why ?? "khớp"}</span> : null}
      </span>
    );
  return (
    <span>
      {mention.text} <Badge tone="amber">chưa khớp</Badge>
    </span>
  );
}

function window(a: { start: string | null; end: string | null }) {
  return a.start && a.end ? formatWindow(a.start, a.end) : "—";
}

/** The time as the document wrote it ("Trước ngày 10/5/2024" stays a deadline), and the dates it gives. */
function Timing({ activity }: { activity: ParsedActivity }) {
  if (!activity.timing) return <>{window(activity)}</>;
  return (
    <>
      {activity.timing.text}
      <span className="block font-sans text-xs text-slate-600">{activity.timing.kind === "deadline" ? `hạn ${activity.end?.split("-").reverse().join("/")}` : window(activity)}</span>
    </>
  );
}

export type ExtraColumns = { output: boolean; cost: boolean };

function ActivityRows({ activity, stt, units, extra }: { activity: ParsedActivity; stt: string; units: Units; extra: ExtraColumns }) {
  return (
    <>
      <tr>
        <td className="text-center">{stt}</td>
        <td className="whitespace-pre-line">{activity.content}</td>
        <td>
          <UnitName mention={activity.lead} units={units} />
        </td>
        <td>
          <ul>
            {activity.supporters.map((s, i) => (
              <li key={i}>
                <UnitName mention={s} units={units} />
              </li>
            ))}
          </ul>
        </td>
        <td>
          <Timing activity={activity} />
        </td>
        {extra.output ? <td>{activity.output}</td> : null}
        {extra.cost ? <td className="text-right">{activity.cost === null ? "" : activity.cost.toLocaleString("vi-VN")}</td> : null}
        <td>{activity.note}</td>
      </tr>
      {activity.subTasks.map((sub, i) => (
        <ActivityRows key={i} activity={sub} stt={`${stt}.${i + 1}`} units={units} extra={extra} />
      ))}
    </>
  );
}

function List({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div>
      <dt className="font-semibold">{label}</dt>
      <dd>
        <ul className="list-disc pl-5">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/** The whole parsed plan, as it will be created, with names still to confirm marked. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { plan } = preview.result;
  const units = preview.units;
  const all = plan.phases.flatMap((phase) => phase.activities.flatMap(function flat(a: ParsedActivity): ParsedActivity[] {
    return [a, ...a.subTasks.flatMap(flat)];
  }));
  const extra: ExtraColumns = { output: all.some((a) => a.output), cost: all.some((a) => a.cost !== null) };
  return (
    <article aria-label="Kế hoạch đọc được" className="doc space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <dl className="grid gap-2 font-sans text-sm sm:grid-cols-3">
        <div>
          <dt className="font-semibold">Số trong văn bản</dt>
          <dd>{plan.numberText ? `${plan.numberText}/${plan.symbol}` : `(chưa có số) /${plan.symbol || "KH"}`}</dd>
        </div>
        <div>
          <dt className="font-semibold">Địa danh, ngày</dt>
          <dd>
            {plan.place || "—"}
            {plan.issueDate ? `, ${plan.issueDate.split("-").reverse().join("/")}` : ""} · năm {plan.year ?? "?"}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Ngày sự kiện</dt>
          <dd>{plan.eventDate ? plan.eventDate.split("-").reverse().join("/") : "—"}</dd>
        </div>
      </dl>
      <div className="text-center">
        <p className="font-bold uppercase">Kế hoạch</p>
        <p className="font-bold">{plan.title || "(không tìm thấy trích yếu)"}</p>
      </div>
      <OutlineSummary outline={plan.outline} />
      <dl className="space-y-2">
        <List label="Căn cứ" items={plan.legalBasis} />
        {plan.intro ? (
          <div>
            <dt className="font-semibold">Lời dẫn</dt>
            <dd>{plan.intro}</dd>
          </div>
        ) : null}
        <List label="Mục đích" items={plan.purposes} />
        <List label="Yêu cầu" items={plan.requirements} />
        {plan.theme ? (
          <div>
            <dt className="font-semibold">Chủ đề</dt>
            <dd>“{plan.theme}”</dd>
          </div>
        ) : null}
        <List label="Khẩu hiệu" items={plan.slogans} />
        <List label="Nội dung" items={plan.contentItems} />
      </dl>
      {plan.appendix ? (
        <p className="font-sans text-sm text-slate-700">
          Bảng hoạt động đọc từ phụ lục sau phần ký: “{plan.appendix.title}” {plan.appendix.reference}
        </p>
      ) : null}
      {plan.phases.length === 0 ? <p className="font-sans text-sm text-slate-700">Chưa đọc được hoạt động nào: dự thảo sẽ có các phần văn bản và danh sách hoạt động trống.</p> : null}
      {plan.phases.map((phase, index) => (
        <section key={index} aria-label={`Giai đoạn ${phase.code}`}>
          <h3 className="font-bold">
            {phase.code}. {phase.title} ({window(phase)})
          </h3>
          {/* Focusable so that a keyboard can scroll the table on a narrow screen. */}
          <div className="mt-2 overflow-x-auto" tabIndex={0}>
            <table className={`sheet ${extra.output || extra.cost ? "min-w-[64rem]" : "min-w-[48rem]"} text-[0.95rem]`}>
              <thead>
                <tr className="bg-slate-100">
                  <th scope="col" className="w-11">
                    Stt
                  </th>
                  <th scope="col">Nội dung</th>
                  <th scope="col" className="w-44">
                    Đơn vị chủ trì
                  </th>
                  <th scope="col" className="w-44">
                    Đơn vị phối hợp
                  </th>
                  <th scope="col" className="w-32">
                    Thời gian
                  </th>
                  {extra.output ? (
                    <th scope="col" className="w-36">
                      Sản phẩm
                    </th>
                  ) : null}
                  {extra.cost ? (
                    <th scope="col" className="w-28">
                      Kinh phí (đồng)
                    </th>
                  ) : null}
                  <th scope="col" className="w-32">
                    Ghi chú
                  </th>
                </tr>
              </thead>
              <tbody>
                {phase.activities.map((activity, i) => (
                  <ActivityRows key={i} activity={activity} stt={String(i + 1)} units={units} extra={extra} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <KeptSections sections={plan.sections} />
      {plan.closingText ? <p>{plan.closingText}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="text-sm">
          <p className="font-bold italic">Nơi nhận:</p>
          <ul>
            {plan.recipients.map((r, i) => (
              <li key={i}>- {r}</li>
            ))}
          </ul>
        </div>
        <div className="text-center">
          {plan.signerAuthority ? <p className="font-bold uppercase">{plan.signerAuthority}</p> : null}
          <p className="font-bold uppercase">{plan.signerTitle || "(chưa có chức vụ người ký)"}</p>
          <p className="mt-6 font-bold">{plan.signerName}</p>
        </div>
      </div>
    </article>
  );
}

/** Whether a name to map is a placeholder for a missing lead (it cannot become a new unit). */
export function isPlaceholder(preview: ImportPreview, text: string): boolean {
  const has = (activity: ParsedActivity): boolean => Boolean(activity.lead?.placeholder && activity.lead.text === text) || activity.subTasks.some(has);
  return preview.result.plan.phases.some((phase) => phase.activities.some(has));
}

/** Every mention of a name, to offer the parser's best guesses first. */
export function candidatesFor(preview: ImportPreview, text: string): string[] {
  const ids: string[] = [];
  const visit = (activity: ParsedActivity) => {
    for (const mention of [activity.lead, ...activity.supporters]) {
      if (mention?.text === text) for (const c of mention.candidates ?? []) if (!ids.includes(c.unitId)) ids.push(c.unitId);
    }
    activity.subTasks.forEach(visit);
  };
  preview.result.plan.phases.forEach((phase) => phase.activities.forEach(visit));
  return ids;
}
