import type { PhaseItem, PlanDocument } from "@/lib/plans/document";
import { contentHasSubHeading, outlineOf, phasesAsWritten, sectionHeadingText } from "@/lib/plans/outline";
import { planAppendixReference } from "@/lib/documents/format";
import { documentDateLine } from "@/lib/plans/document-date";
import { usesCost } from "@/lib/documents/costs";
import { phaseBodyHtml, phaseSectionHtml, type RowLimit } from "@/components/plans/phase-table";
import { html, type Html } from "@/lib/html";

// The plan as the department writes it (NĐ 30/2020 layout), as static markup:
// the content of the plan page's <article class="doc"> (PLAN_DOCUMENT_FRAME).
// It is made once per change of the plan, its names or one of its phases
// (components/plans/cached-plan-document.tsx) and written into the page as one
// string: as React elements, its few dozen were rendered, carried in the RSC
// payload and rendered again to HTML on every view.

/** The article around the document (components/ui/markup.tsx writes the markup into it). */
export const PLAN_DOCUMENT_FRAME = "doc mx-auto max-w-6xl rounded-lg border border-slate-200 bg-white px-5 py-8 shadow-sm sm:px-12";

const bullets = (items: string[]) => items.map((item) => html`<p class="indent-8">- ${item}</p>`);

/** A numbered item "1. Mục đích:" with one paragraph inline or several as bullets. */
function item(label: string, items: string[]): Html | "" {
  if (items.length === 0) return "";
  if (items.length === 1) return html`<p class="indent-8"><span class="font-bold">${label}</span> ${items[0]}</p>`;
  return html`<p class="indent-8 font-bold">${label}</p>${bullets(items)}`;
}

const sectionHeading = (text: string, level: number) => (level > 0 ? html`<h4 class="indent-8 font-bold">${text}</h4>` : html`<h3 class="mt-5 indent-8 font-bold">${text}</h3>`);

/**
 * Each phase's body made elsewhere, by phase id: the markup of its table (the
 * plan page's cached phases), or null when it has no activity. Absent: made
 * here from the phases' activities.
 */
export type PhaseBodies = Record<string, string | null>;

function phases(plan: PlanDocument, list: PhaseItem[], limit: RowLimit | undefined, bodies: PhaseBodies | undefined): Html {
  if (!plan.phases.length) return html`<p class="font-sans text-sm italic text-slate-600">Kế hoạch chưa có giai đoạn nào.</p>`;
  const withCost = bodies ? false : usesCost(plan);
  return html`${list.map((phase) => {
    if (!bodies) return phaseSectionHtml(phase, { limit, withCost });
    // A phase the bodies do not know yet (read just before it was added): its heading alone, as before it had a body.
    const body = bodies[phase.id];
    return phaseSectionHtml(phase, { body: body === undefined ? html`` : phaseBodyHtml(body) });
  })}`;
}

const quoted = (text: string) => `“${text.replace(/^["“]|["”]$/g, "")}”`;

/** The document's markup: everything inside its article. */
export function planDocumentHtml(plan: PlanDocument, options: { limit?: RowLimit; bodies?: PhaseBodies } = {}): Html {
  const { limit, bodies } = options;
  const outline = outlineOf(plan);
  const appendix = outline.appendix;
  const themeItems = [
    ...(plan.theme ? [{ label: "Chủ đề:", text: quoted(plan.theme) }] : []),
    ...(plan.slogans.length ? [{ label: "Khẩu hiệu:", text: plan.slogans.map(quoted).join("; ") }] : []),
  ];
  const sections = outline.sections.map(
    (section) =>
      html`<section data-outline-holds="${section.holds}">${
        section.holds === "ACTIVITIES" ? (section.heading ? html`<p class="indent-8 font-bold">${sectionHeadingText(section)}</p>` : "") : sectionHeading(sectionHeadingText(section), section.level)
      }${section.holds === "PURPOSES_REQUIREMENTS" ? html`${item("1. Mục đích:", plan.purposes)}${item(`${plan.purposes.length ? 2 : 1}. Yêu cầu:`, plan.requirements)}` : ""}${
        section.holds === "THEME_SLOGANS" ? themeItems.map((theme, index) => html`<p class="indent-8"><span class="font-bold">${index + 1}. ${theme.label}</span> ${theme.text}</p>`) : ""
      }${
        section.holds === "CONTENT" && plan.contentItems.length
          ? html`${contentHasSubHeading(plan, outline, section) ? html`<p class="indent-8 font-bold">1. Nội dung</p>` : ""}${bullets(plan.contentItems)}`
          : ""
      }${section.holds === "ACTIVITIES" ? phases(plan, phasesAsWritten(plan, section), limit, bodies) : ""}${
        section.holds === "TEXT" ? (section.paragraphs ?? []).map((line) => html`<p class="indent-8">${line}</p>`) : ""
      }</section>`,
  );
  return html`<header class="grid gap-4 text-center sm:grid-cols-[2fr_3fr]"><div><p class="uppercase">${plan.organization.parentName}</p><p class="font-bold uppercase">${plan.organization.headerName}</p><div aria-hidden="true" class="mx-auto mt-0.5 h-px w-24 bg-slate-900"></div><p class="mt-2">Số: ${
    plan.numberLabel ?? html`<span class="text-slate-500">…… /${plan.symbol}</span>`
  }</p></div><div><p class="font-bold uppercase">Cộng hòa xã hội chủ nghĩa Việt Nam</p><p class="font-bold">Độc lập - Tự do - Hạnh phúc</p><div aria-hidden="true" class="mx-auto mt-0.5 h-px w-48 bg-slate-900"></div><p class="mt-2 italic">${documentDateLine(
    plan.place,
    plan.issueDate,
    plan.year,
  )}</p></div></header><div class="mt-8 text-center"><h2 class="text-lg font-bold uppercase">Kế hoạch</h2><p class="mx-auto max-w-2xl font-bold">${plan.title}</p><div aria-hidden="true" class="mx-auto mt-1 h-px w-32 bg-slate-900"></div></div><div class="mt-6 space-y-2 text-justify">${plan.legalBasis.map(
    (line) => html`<p class="indent-8 italic">${line}</p>`,
  )}${plan.intro ? html`<p class="indent-8">${plan.intro}</p>` : ""}${sections}${plan.closingText ? html`<p class="mt-4 indent-8">${plan.closingText}</p>` : ""}</div><footer class="mt-8 grid gap-6 sm:grid-cols-2"><div class="text-sm"><p class="font-bold italic">Nơi nhận:</p><ul>${plan.recipients.map(
    (recipient) => html`<li>- ${recipient}</li>`,
  )}</ul></div><div class="text-center">${plan.signerAuthority ? html`<p class="font-bold uppercase">${plan.signerAuthority}</p>` : ""}<p class="font-bold uppercase">${plan.signerTitle}</p><div class="h-20" aria-hidden="true"></div><p class="font-bold">${plan.signerName}</p></div></footer>${
    appendix
      ? html`<section aria-label="${appendix.title}" class="mt-10 border-t border-dashed border-slate-300 pt-6"><h3 class="text-center font-bold">${appendix.title}</h3><p class="text-center italic">${planAppendixReference(plan, appendix)}</p>${phases(
          plan,
          phasesAsWritten(plan, null),
          limit,
          bodies,
        )}</section>`
      : ""
  }`;
}
