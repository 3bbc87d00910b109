"use client";
import { useState } from "react";
import { savePlanOutlineAction } from "@/lib/plans/actions/edit";
import type { OutlineSection, PlanOutline } from "@/lib/plans/outline";
import { sectionHeadingText } from "@/lib/plans/outline-text";
import { addSection, moveSection, placeTable, removeSection, updateSection } from "@/lib/plans/outline-edit";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Alert } from "@/components/ui/alert";
import { conflictCurrent, useVersion } from "@/components/ui/conflict-notice";
import { controlClass } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

const FIXED_NOTE: Record<OutlineSection["holds"], string> = {
  PURPOSES_REQUIREMENTS: "Nội dung: các ô Mục đích, Yêu cầu ở phần Thông tin chung.",
  THEME_SLOGANS: "Nội dung: các ô Chủ đề, Khẩu hiệu ở phần Thông tin chung.",
  CONTENT: "Nội dung: ô Nội dung ở phần Thông tin chung.",
  ACTIVITIES: "Bảng hoạt động: các giai đoạn và hoạt động bên dưới. Để trống tên nếu bảng nằm ngay dưới mục phía trên.",
  TEXT: "",
};

const LEVELS = [
  { value: 0, label: "Mục (I, II …)" },
  { value: 1, label: "Mục con (1, 2 …)" },
  { value: 2, label: "Ý nhỏ (a, b …)" },
];

/** The label a screen reader hears for a section's buttons: its heading as written. */
const nameOf = (section: OutlineSection) => (section.holds === "ACTIVITIES" && !section.heading ? "Bảng hoạt động" : sectionHeadingText(section) || "Mục mới");

function errorMessages(state: ReturnType<typeof useFormAction>["state"]): string[] {
  if (state.status !== "error" || !state.fieldErrors) return [];
  return [...new Set(Object.values(state.fieldErrors).flat())];
}

function SectionRow({
  section,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  section: OutlineSection;
  index: number;
  count: number;
  onChange: (change: Partial<OutlineSection>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const id = `outline-${section.key}`;
  const name = nameOf(section);
  return (
    <li className="rounded-md border border-slate-200 p-3" style={{ marginLeft: `${section.level * 1.5}rem` }} aria-label={name}>
      <div className="grid gap-2 sm:grid-cols-[5rem_1fr_11rem]">
        <div className="space-y-1">
          <label htmlFor={`${id}-label`} className="block text-xs font-medium text-slate-700">
            Số thứ tự
          </label>
          <input id={`${id}-label`} className={controlClass()} value={section.label} maxLength={12} onChange={(e) => onChange({ label: e.target.value })} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-heading`} className="block text-xs font-medium text-slate-700">
            Tên mục (như trong văn bản)
          </label>
          <input id={`${id}-heading`} className={controlClass()} value={section.heading} maxLength={300} onChange={(e) => onChange({ heading: e.target.value })} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-level`} className="block text-xs font-medium text-slate-700">
            Cấp
          </label>
          <select id={`${id}-level`} className={controlClass()} value={section.level} onChange={(e) => onChange({ level: Number(e.target.value) })}>
            {LEVELS.map((level) => (
              <option key={level.value} value={level.value}>
                {level.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {section.holds === "TEXT" ? (
        <div className="mt-2 grid gap-2 sm:grid-cols-[1fr_11rem]">
          <div className="space-y-1">
            <label htmlFor={`${id}-text`} className="block text-xs font-medium text-slate-700">
              Nội dung (mỗi dòng một đoạn; ý gạch đầu dòng bắt đầu bằng “-”)
            </label>
            <textarea
              id={`${id}-text`}
              className={controlClass()}
              rows={Math.min(10, Math.max(3, (section.paragraphs ?? []).length + 1))}
              value={(section.paragraphs ?? []).join("\n")}
              onChange={(e) => onChange({ paragraphs: e.target.value.split("\n") })}
            />
          </div>
          <div className="space-y-1">
            <label htmlFor={`${id}-kind`} className="block text-xs font-medium text-slate-700">
              Loại mục
            </label>
            <select id={`${id}-kind`} className={controlClass()} value={section.kind ?? "OTHER"} onChange={(e) => onChange({ kind: e.target.value as OutlineSection["kind"] })}>
              <option value="ORGANISATION">Tổ chức thực hiện</option>
              <option value="BUDGET">Kinh phí</option>
              <option value="OTHER">Mục khác</option>
            </select>
          </div>
        </div>
      ) : (
        <p className="mt-2 text-xs text-slate-600">{FIXED_NOTE[section.holds]}</p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" aria-label={`Lên: ${name}`} aria-disabled={index === 0} onClick={() => onMove(-1)}>
          ↑ Lên
        </Button>
        <Button size="sm" variant="secondary" aria-label={`Xuống: ${name}`} aria-disabled={index === count - 1} onClick={() => onMove(1)}>
          ↓ Xuống
        </Button>
        {section.holds === "ACTIVITIES" ? null : (
          <Button size="sm" variant="ghost" aria-label={`Xóa mục: ${name}`} onClick={onRemove}>
            Xóa mục
          </Button>
        )}
      </div>
    </li>
  );
}

/**
 * The document's sections in its own order and words: rename (number and heading), edit the text of kept sections,
 * add, delete and reorder them (buttons Lên/Xuống, usable from the keyboard), and place the activity table in a section
 * or in an appendix after the signature. Saved whole, with the plan's version.
 */
export function OutlineEditor({ planId, version: savedVersion, outline: saved }: { planId: string; version: number; outline: PlanOutline }) {
  const { state, pending, onSubmit } = useFormAction(savePlanOutlineAction, { version: savedVersion });
  const [version, keepMine] = useVersion(savedVersion);
  const [outline, setOutline] = useState(saved);
  // Once a save (this one or another form's) lands, the page brings the stored outline: show it.
  const [shown, setShown] = useState(savedVersion);
  if (shown !== savedVersion) {
    setShown(savedVersion);
    setOutline(saved);
  }
  const [keptTable, setKeptTable] = useState<OutlineSection | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const current = conflictCurrent(state);
  const count = outline.sections.length;

  const move = (section: OutlineSection, by: -1 | 1) => {
    const next = moveSection(outline, section.key, by);
    if (next === outline) return;
    setOutline(next);
    const at = next.sections.findIndex((s) => s.key === section.key) + 1;
    setAnnouncement(`Đã chuyển “${nameOf(section)}” ${by < 0 ? "lên" : "xuống"}, vị trí ${at}/${count}.`);
  };
  const place = (where: "BODY" | "APPENDIX") => {
    const next = placeTable(outline, where, keptTable);
    setOutline(next.outline);
    setKeptTable(next.kept);
  };
  const clean = (o: PlanOutline): PlanOutline => ({
    ...o,
    // Blank lines typed between paragraphs are not paragraphs.
    sections: o.sections.map((s) => (s.paragraphs ? { ...s, paragraphs: s.paragraphs.map((p) => p.trim()).filter(Boolean) } : s)),
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Bố cục văn bản" className="space-y-4">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="outline" value={JSON.stringify(clean(outline))} />
      {current ? (
        <Alert tone="warning">
          {state.status === "error" ? state.message : ""}{" "}
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              const theirs = (current as { outline?: PlanOutline }).outline;
              if (theirs) setOutline(theirs);
              keepMine(current.version);
            }}
          >
            Lấy bố cục mới nhất
          </Button>{" "}
          <Button size="sm" variant="secondary" onClick={() => keepMine(current.version)}>
            Giữ bố cục của tôi để lưu đè
          </Button>
        </Alert>
      ) : (
        <FormMessage state={state} />
      )}
      {errorMessages(state).length ? (
        <ul className="list-disc pl-5 text-sm text-red-700">
          {errorMessages(state).map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm text-slate-600">
        Số thứ tự và tên mục được in đúng như ghi ở đây (không tự đánh số lại). Dùng “Lên”/“Xuống” để đổi thứ tự.
      </p>
      <ol className="space-y-2" aria-label="Các mục của văn bản">
        {outline.sections.map((section, index) => (
          <SectionRow
            key={section.key}
            section={section}
            index={index}
            count={count}
            onChange={(change) => setOutline(updateSection(outline, section.key, change))}
            onMove={(by) => move(section, by)}
            onRemove={() => {
              setOutline(removeSection(outline, section.key));
              setAnnouncement(`Đã xóa mục “${nameOf(section)}”.`);
            }}
          />
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <Button variant="secondary" size="sm" onClick={() => setOutline(addSection(outline))}>
        + Thêm mục
      </Button>
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">Bảng hoạt động nằm ở</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="tablePlace" checked={!outline.appendix} onChange={() => place("BODY")} />
          Trong thân văn bản (mục “Bảng hoạt động” trong danh sách trên)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="tablePlace" checked={Boolean(outline.appendix)} onChange={() => place("APPENDIX")} />
          Trong phụ lục sau phần ký (trang ngang)
        </label>
        {outline.appendix ? (
          <div className="grid gap-2 sm:grid-cols-2">
            <div className="space-y-1">
              <label htmlFor="outline-appendix-title" className="block text-xs font-medium text-slate-700">
                Tiêu đề phụ lục
              </label>
              <input
                id="outline-appendix-title"
                className={controlClass()}
                value={outline.appendix.title}
                onChange={(e) => setOutline({ ...outline, appendix: { ...outline.appendix!, title: e.target.value } })}
              />
            </div>
            <div className="space-y-1">
              <label htmlFor="outline-appendix-reference" className="block text-xs font-medium text-slate-700">
                Dòng “(Kèm theo Kế hoạch số …)”
              </label>
              <input
                id="outline-appendix-reference"
                className={controlClass()}
                value={outline.appendix.reference}
                placeholder="Để trống: ghi theo số, ngày của kế hoạch"
                onChange={(e) => setOutline({ ...outline, appendix: { ...outline.appendix!, reference: e.target.value } })}
              />
            </div>
          </div>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang lưu…" : "Lưu bố cục"}
      </Button>
    </form>
  );
}
