"use client";
import type { ImportPreview } from "@/lib/documents/import-service";
import type { ParsedActivity, UnitMention } from "@/lib/documents/import";
import { formatWindow } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";

type Units = ImportPreview["units"];

function UnitName({ mention, units }: { mention: UnitMention | null; units: Units }) {
  if (!mention) return <Badge tone="red">Không có đơn vị</Badge>;
  const unit = mention.unitId ? units.find((u) => u.id === mention.unitId) : null;
  if (unit) return <>{unit.name}</>;
  return (
    <span>
      {mention.text} <Badge tone="amber">chưa khớp</Badge>
    </span>
  );
}

function window(a: { start: string | null; end: string | null }) {
  return a.start && a.end ? formatWindow(a.start, a.end) : "—";
}

function ActivityRows({ activity, stt, units }: { activity: ParsedActivity; stt: string; units: Units }) {
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
        <td className="whitespace-nowrap">{window(activity)}</td>
        <td>{activity.note}</td>
      </tr>
      {activity.subTasks.map((sub, i) => (
        <ActivityRows key={i} activity={sub} stt={`${stt}.${i + 1}`} units={units} />
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
  return (
    <article aria-label="Kế hoạch đọc được" className="doc space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <dl className="grid gap-2 font-sans text-sm sm:grid-cols-3">
        <div>
          <dt className="font-semibold">Số trong văn bản</dt>
          <dd>{plan.number ? `${plan.number}/${plan.symbol}` : `(chưa có số) /${plan.symbol || "KH"}`}</dd>
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
      {plan.phases.map((phase, index) => (
        <section key={index} aria-label={`Giai đoạn ${phase.code}`}>
          <h3 className="font-bold">
            {phase.code}. {phase.title} ({window(phase)})
          </h3>
          <div className="mt-2 overflow-x-auto">
            <table className="sheet min-w-[48rem] text-[0.95rem]">
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
                  <th scope="col" className="w-28">
                    Thời gian
                  </th>
                  <th scope="col" className="w-32">
                    Ghi chú
                  </th>
                </tr>
              </thead>
              <tbody>
                {phase.activities.map((activity, i) => (
                  <ActivityRows key={i} activity={activity} stt={String(i + 1)} units={units} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
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
