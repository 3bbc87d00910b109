import type { PlanDocument } from "@/lib/plans/document";
import { contentHasSubHeading, outlineOf, phasesAsWritten, sectionHeadingText, type OutlineSection } from "@/lib/plans/outline";
import { phaseHeading, planAppendixReference, quoted, usesOutput } from "@/lib/documents/format";
import { usesCost } from "@/lib/documents/costs";
import { OfficialActivityTable } from "./official-plan-table";

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

function Section({ plan, section }: { plan: PlanDocument; section: OutlineSection }) {
  const title = sectionHeadingText(section);
  const heading = section.holds === "ACTIVITIES" && !section.heading ? null : <p className="b keep">{title}</p>;
  let themeItem = 0;
  return (
    <section aria-label={title || "Các hoạt động"} data-outline-holds={section.holds}>
      {heading}
      {section.holds === "PURPOSES_REQUIREMENTS" ? (
        <>
          <Item label="1. Mục đích:" items={plan.purposes} />
          <Item label={`${plan.purposes.length ? 2 : 1}. Yêu cầu:`} items={plan.requirements} />
        </>
      ) : null}
      {section.holds === "THEME_SLOGANS" ? (
        <>
          {plan.theme ? (
            <p>
              <b>{++themeItem}. Chủ đề:</b> {quoted(plan.theme)}.
            </p>
          ) : null}
          <Item label={`${++themeItem}. Khẩu hiệu:`} items={plan.slogans.map(quoted)} />
        </>
      ) : null}
      {section.holds === "CONTENT" && plan.contentItems.length ? (
        <>
          {contentHasSubHeading(plan, outlineOf(plan), section) ? <p className="b">1. Nội dung</p> : null}
          <Bullets items={plan.contentItems} />
        </>
      ) : null}
      {section.holds === "ACTIVITIES"
        ? phasesAsWritten(plan, section).map((phase) => (
            <section key={phase.id} aria-label={phaseHeading(phase)}>
              <p className="b keep">{phaseHeading(phase)}</p>
              {phase.activities.length ? <OfficialActivityTable phases={[phase]} withOutput={usesOutput(plan)} withCost={usesCost(plan)} /> : <p className="i">(Chưa có hoạt động)</p>}
            </section>
          ))
        : null}
      {section.holds === "TEXT" ? (section.paragraphs ?? []).map((line, j) => <p key={j}>{line}</p>) : null}
    </section>
  );
}

/** The sections between the introduction and the closing text, in the outline's order (as lib/documents/docx/plan-body.ts). */
export function OfficialPlanBody({ plan }: { plan: PlanDocument }) {
  return (
    <>
      {outlineOf(plan).sections.map((section) => (
        <Section key={section.key} plan={plan} section={section} />
      ))}
    </>
  );
}

/** The appendix after the signature, on its own landscape page (print.css: page "appendix"). */
export function OfficialPlanAppendix({ plan }: { plan: PlanDocument }) {
  const appendix = outlineOf(plan).appendix;
  if (!appendix) return null;
  return (
    <section className="official-appendix" aria-label={appendix.title}>
      <p className="b c">{appendix.title}</p>
      <p className="i c">{planAppendixReference(plan, appendix)}</p>
      {plan.phases.length ? (
        <OfficialActivityTable phases={phasesAsWritten(plan, null)} withOutput={usesOutput(plan)} withCost={usesCost(plan)} groups />
      ) : (
        <p className="i">(Kế hoạch chưa có giai đoạn nào)</p>
      )}
    </section>
  );
}
