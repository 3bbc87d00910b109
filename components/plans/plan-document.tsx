import type { PhaseItem, PlanDocument } from "@/lib/plans/document";
import { contentHasSubHeading, outlineOf, phasesAsWritten, sectionHeadingText } from "@/lib/plans/outline";
import { planAppendixReference } from "@/lib/documents/format";
import { documentDateLine } from "@/lib/plans/document-date";
import { usesCost } from "@/lib/documents/costs";
import { PhaseTable, type RowLimit } from "@/components/plans/phase-table";

function Bullets({ items }: { items: string[] }) {
  return (
    <>
      {items.map((item, index) => (
        <p key={index} className="indent-8">
          - {item}
        </p>
      ))}
    </>
  );
}

/** A numbered item "1. Mục đích:" with one paragraph inline or several as bullets. */
function Item({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  if (items.length === 1) {
    return (
      <p className="indent-8">
        <span className="font-bold">{label}</span> {items[0]}
      </p>
    );
  }
  return (
    <>
      <p className="indent-8 font-bold">{label}</p>
      <Bullets items={items} />
    </>
  );
}

function SectionHeading({ children, level = 0 }: { children: React.ReactNode; level?: number }) {
  if (level > 0) return <h4 className="indent-8 font-bold">{children}</h4>;
  return <h3 className="mt-5 indent-8 font-bold">{children}</h3>;
}

/** Each phase's body rendered elsewhere, by phase id (the plan page's cached phases); absent: rendered here from the phases' activities. */
export type PhaseBodies = Record<string, React.ReactNode>;

function Phases({ plan, phases, limit, bodies }: { plan: PlanDocument; phases: PhaseItem[]; limit?: RowLimit; bodies?: PhaseBodies }) {
  if (!plan.phases.length) return <p className="font-sans text-sm italic text-slate-600">Kế hoạch chưa có giai đoạn nào.</p>;
  const withCost = bodies ? false : usesCost(plan);
  return (
    <>
      {phases.map((phase) => (
        <PhaseTable key={phase.id} phase={phase} limit={limit} withCost={withCost} body={bodies ? (bodies[phase.id] ?? null) : undefined} />
      ))}
    </>
  );
}

const quoted = (text: string) => `“${text.replace(/^["“]|["”]$/g, "")}”`;

/** The plan laid out the way the department writes it (NĐ 30/2020 layout). */
export function PlanDocumentView({ plan, limit, bodies }: { plan: PlanDocument; limit?: RowLimit; bodies?: PhaseBodies }) {
  const appendix = outlineOf(plan).appendix;
  const themeItems = [
    ...(plan.theme ? [{ label: "Chủ đề:", text: quoted(plan.theme) }] : []),
    ...(plan.slogans.length ? [{ label: "Khẩu hiệu:", text: plan.slogans.map(quoted).join("; ") }] : []),
  ];
  return (
    <article className="doc mx-auto max-w-6xl rounded-lg border border-slate-200 bg-white px-5 py-8 shadow-sm sm:px-12">
      <header className="grid gap-4 text-center sm:grid-cols-[2fr_3fr]">
        <div>
          <p className="uppercase">{plan.organization.parentName}</p>
          <p className="font-bold uppercase">{plan.organization.headerName}</p>
          <div aria-hidden="true" className="mx-auto mt-0.5 h-px w-24 bg-slate-900" />
          <p className="mt-2">
            Số: {plan.numberLabel ?? <span className="text-slate-500">{`…… /${plan.symbol}`}</span>}
          </p>
        </div>
        <div>
          <p className="font-bold uppercase">Cộng hòa xã hội chủ nghĩa Việt Nam</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <div aria-hidden="true" className="mx-auto mt-0.5 h-px w-48 bg-slate-900" />
          <p className="mt-2 italic">{documentDateLine(plan.place, plan.issueDate, plan.year)}</p>
        </div>
      </header>

      <div className="mt-8 text-center">
        <h2 className="text-lg font-bold uppercase">Kế hoạch</h2>
        <p className="mx-auto max-w-2xl font-bold">{plan.title}</p>
        <div aria-hidden="true" className="mx-auto mt-1 h-px w-32 bg-slate-900" />
      </div>

      <div className="mt-6 space-y-2 text-justify">
        {plan.legalBasis.map((line, index) => (
          <p key={index} className="indent-8 italic">
            {line}
          </p>
        ))}
        {plan.intro ? <p className="indent-8">{plan.intro}</p> : null}

        {outlineOf(plan).sections.map((section) => (
          <section key={section.key} data-outline-holds={section.holds}>
            {section.holds === "ACTIVITIES" ? (
              section.heading ? <p className="indent-8 font-bold">{sectionHeadingText(section)}</p> : null
            ) : (
              <SectionHeading level={section.level}>{sectionHeadingText(section)}</SectionHeading>
            )}
            {section.holds === "PURPOSES_REQUIREMENTS" ? (
              <>
                <Item label="1. Mục đích:" items={plan.purposes} />
                <Item label={`${plan.purposes.length ? 2 : 1}. Yêu cầu:`} items={plan.requirements} />
              </>
            ) : null}
            {section.holds === "THEME_SLOGANS"
              ? themeItems.map((item, index) => (
                  <p key={item.label} className="indent-8">
                    <span className="font-bold">
                      {index + 1}. {item.label}
                    </span>{" "}
                    {item.text}
                  </p>
                ))
              : null}
            {section.holds === "CONTENT" && plan.contentItems.length ? (
              <>
                {contentHasSubHeading(plan, outlineOf(plan), section) ? <p className="indent-8 font-bold">1. Nội dung</p> : null}
                <Bullets items={plan.contentItems} />
              </>
            ) : null}
            {section.holds === "ACTIVITIES" ? <Phases plan={plan} phases={phasesAsWritten(plan, section)} limit={limit} bodies={bodies} /> : null}
            {section.holds === "TEXT" ? (
              (section.paragraphs ?? []).map((line, index) => (
                <p key={index} className="indent-8">
                  {line}
                </p>
              ))
            ) : null}
          </section>
        ))}
        {plan.closingText ? <p className="mt-4 indent-8">{plan.closingText}</p> : null}
      </div>

      <footer className="mt-8 grid gap-6 sm:grid-cols-2">
        <div className="text-sm">
          <p className="font-bold italic">Nơi nhận:</p>
          <ul>
            {plan.recipients.map((recipient, index) => (
              <li key={index}>- {recipient}</li>
            ))}
          </ul>
        </div>
        <div className="text-center">
          {plan.signerAuthority ? <p className="font-bold uppercase">{plan.signerAuthority}</p> : null}
          <p className="font-bold uppercase">{plan.signerTitle}</p>
          <div className="h-20" aria-hidden="true" />
          <p className="font-bold">{plan.signerName}</p>
        </div>
      </footer>
      {appendix ? (
        <section aria-label={appendix.title} className="mt-10 border-t border-dashed border-slate-300 pt-6">
          <h3 className="text-center font-bold">{appendix.title}</h3>
          <p className="text-center italic">{planAppendixReference(plan, appendix)}</p>
          <Phases plan={plan} phases={phasesAsWritten(plan, null)} limit={limit} bodies={bodies} />
        </section>
      ) : null}
    </article>
  );
}
