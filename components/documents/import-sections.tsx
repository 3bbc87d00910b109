import type { ParsedSection } from "@/lib/documents/import";

const KIND_LABEL: Record<ParsedSection["kind"], string> = { ORGANISATION: "Tổ chức thực hiện", BUDGET: "Kinh phí", OTHER: "Mục khác" };

/** Sections the plan has no field for, kept as the document wrote them, with their own numbering. */
export function KeptSections({ sections }: { sections: ParsedSection[] }) {
  if (!sections.length) return null;
  return (
    <section aria-label="Các mục giữ nguyên văn" className="space-y-3">
      <p className="font-sans text-sm text-slate-700">Các mục dưới đây được giữ nguyên văn như trong văn bản:</p>
      {sections.map((section, i) => (
        <div key={i}>
          <h3 className="font-bold">
            {section.label ? `${section.label}. ` : ""}
            {section.heading} <span className="font-sans text-xs font-normal text-slate-600">({KIND_LABEL[section.kind]})</span>
          </h3>
          {section.paragraphs.map((paragraph, j) => (
            <p key={j} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
        </div>
      ))}
    </section>
  );
}
