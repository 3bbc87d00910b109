import type { OutlineSection, PlanOutline } from "@/lib/plans/outline";
import { sectionHeadingText } from "@/lib/plans/outline-text";

const HOLDS_LABEL: Record<OutlineSection["holds"], string> = {
  PURPOSES_REQUIREMENTS: "mục đích, yêu cầu",
  THEME_SLOGANS: "chủ đề, khẩu hiệu",
  CONTENT: "nội dung",
  ACTIVITIES: "bảng hoạt động",
  TEXT: "giữ nguyên văn",
};

/** The document's sections in its own order and words, and where the activity table sits (the import preview). */
export function OutlineSummary({ outline }: { outline: PlanOutline | null }) {
  return (
    <section aria-label="Bố cục văn bản" className="rounded-md border border-slate-200 bg-slate-50 p-3 font-sans text-sm">
      <h3 className="font-semibold text-slate-900">Bố cục văn bản</h3>
      {outline ? (
        <ol className="mt-1 space-y-0.5">
          {outline.sections.map((section) => (
            <li key={section.key} style={{ paddingLeft: `${section.level * 1.25}rem` }}>
              {section.holds === "ACTIVITIES" && !section.heading ? <i>(bảng hoạt động)</i> : sectionHeadingText(section)}{" "}
              <span className="text-slate-600">— {HOLDS_LABEL[section.holds]}</span>
            </li>
          ))}
          {outline.appendix ? (
            <li>
              {outline.appendix.title} <span className="text-slate-600">— phụ lục sau phần ký, bảng hoạt động (trang ngang)</span>
            </li>
          ) : null}
        </ol>
      ) : (
        <p className="mt-1 text-slate-700">Bố cục như mẫu kế hoạch Ngày KH&CN: I. Mục đích, yêu cầu; II. Chủ đề, khẩu hiệu; III. Nội dung và hình thức tổ chức.</p>
      )}
    </section>
  );
}
