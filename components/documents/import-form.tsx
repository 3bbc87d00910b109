"use client";
import { IssuedChoice } from "@/components/documents/import-issued";
import { useActionState, useState, startTransition, type FormEvent } from "react";
import { idle, type FormState } from "@/lib/form-state";
import type { ImportPreview } from "@/lib/documents/import-service";
import { previewImportAction, confirmImportAction } from "@/lib/documents/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { ImportPreviewView, candidatesFor, isPlaceholder } from "@/components/documents/import-preview";
import { DateField } from "@/components/ui/date-field";

type Source = "text" | "file";

/**
 * Import in two steps on one form: "Đọc văn bản" parses and shows the plan
 * (nothing saved); "Tạo dự thảo" sends the same document again with the unit
 * choices and creates the draft. Changing the document hides the preview, so
 * what is created is always what was shown.
 */
export function ImportForm() {
  const [previewState, preview, reading] = useActionState(previewImportAction, idle);
  const [confirmState, confirm, creating] = useActionState(confirmImportAction, idle as FormState);
  const [source, setSource] = useState<Source>("text");
  const [stale, setStale] = useState(false);
  const data = previewState.status === "success" && !stale ? (previewState.data as ImportPreview) : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const form = new FormData(event.currentTarget);
    if (source === "text") form.delete("file");
    else form.delete("text");
    if (submitter?.value === "confirm") {
      startTransition(() => confirm(form));
    } else {
      setStale(false);
      startTransition(() => preview(form));
    }
  };
  const changed = () => setStale(true);
  const textErrors = fieldErrors(previewState, "text") ?? fieldErrors(confirmState, "text");
  const fileErrors = fieldErrors(previewState, "file") ?? fieldErrors(confirmState, "file");

  return (
    <form onSubmit={onSubmit} className="space-y-5" aria-label="Nhập kế hoạch từ văn bản" noValidate>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <legend className="px-1 text-base font-semibold">1. Văn bản kế hoạch</legend>
        <div role="radiogroup" aria-label="Nguồn" className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="source" checked={source === "text"} onChange={() => (setSource("text"), changed())} /> Dán nội dung
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="source" checked={source === "file"} onChange={() => (setSource("file"), changed())} /> Tải tệp DOCX
          </label>
        </div>
        <div hidden={source !== "text"} className="space-y-1">
          <label htmlFor="import-text" className="block text-sm font-medium">
            Nội dung kế hoạch (sao chép toàn bộ văn bản trong Word rồi dán vào đây)
          </label>
          <textarea
            id="import-text"
            name="text"
            rows={14}
            onChange={changed}
            className={controlClass(Boolean(textErrors))}
            aria-invalid={textErrors ? true : undefined}
            aria-describedby={textErrors ? "import-text-error" : undefined}
            placeholder={"Số: …/KH-SKHCN\nLạng Sơn, ngày … tháng … năm …\nKẾ HOẠCH\n…"}
          />
          {textErrors ? (
            <p id="import-text-error" className="text-sm text-red-700">
              {textErrors.join(" ")}
            </p>
          ) : null}
        </div>
        <div hidden={source !== "file"} className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium">
            Tệp Word (.docx, tối đa 10 MB)
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={changed}
            className="block text-sm"
            aria-invalid={fileErrors ? true : undefined}
            aria-describedby={fileErrors ? "import-file-error" : undefined}
          />
          {fileErrors ? (
            <p id="import-file-error" className="text-sm text-red-700">
              {fileErrors.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit" name="step" value="preview" variant={data ? "secondary" : "primary"} disabled={reading || creating}>
            {reading ? "Đang đọc văn bản…" : "Đọc văn bản"}
          </Button>
          {reading ? <progress aria-label="Đang đọc văn bản" className="h-2 w-40" /> : null}
        </div>
        {previewState.status === "error" ? <FormMessage state={previewState} /> : null}
        {stale && previewState.status === "success" ? <Alert tone="info">Văn bản đã thay đổi: bấm “Đọc văn bản” để xem lại trước khi tạo.</Alert> : null}
      </fieldset>

      {data ? <PreviewStep data={data} confirmState={confirmState} creating={creating} /> : null}
    </form>
  );
}

function PreviewStep({ data, confirmState, creating }: { data: ImportPreview; confirmState: FormState; creating: boolean }) {
  const { result } = data;
  const fatal = result.problems.filter((p) => p.severity === "fatal");
  const warnings = result.problems.filter((p) => p.severity === "warning");
  const activityCount = result.plan.phases.reduce((n, p) => n + p.activities.length, 0);
  const [asIssuedChosen, setAsIssued] = useState(false);
  const asIssued = asIssuedChosen && Boolean(data.issued?.allowed && !data.issued.missing.length && !data.issued.taken);
  return (
    <>
      <section aria-labelledby="import-read" className="space-y-3">
        <h2 id="import-read" className="text-base font-semibold">
          2. Kehoach đọc được
        </h2>
        <p className="text-sm text-slate-700">
          {result.plan.phases.length} giai đoạn, {activityCount} hoạt động
          {result.unmatched.length ? `; ${result.unmatched.length} tên đơn vị cần chọn` : "; mọi đơn vị đều đã khớp"}.
        </p>
        {fatal.length ? (
          <Alert tone="error" title="Chưa tạo được kế hoạch từ văn bản này">
            <ul className="list-disc pl-5">
              {fatal.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {warnings.length ? (
          <Alert tone="warning" title="Cần xem lại">
            <ul className="list-disc pl-5">
              {warnings.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <ImportPreviewView preview={data} />
      </section>
      {result.usable ? (
        <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <legend className="px-1 text-base font-semibold">3. Xác nhận</legend>
          {result.unmatched.length ? (
            <div className="space-y-3">
              <p className="text-sm">
                Các tên dưới đây chưa khớp chắc chắn với đơn vị nào của Sở. Chọn đơn vị tương ứng{data.canCreateExternalUnits ? " hoặc tạo đơn vị mới" : ""}; Kehoach không tự chọn thay.
              </p>
              {result.unmatched.map((text, i) => {
                const guesses = candidatesFor(data, text);
                const placeholder = isPlaceholder(data, text);
                const errors = fieldErrors(confirmState, `mapping.${i}.unit`);
                return (
                  <div key={text} className="grid gap-1 sm:grid-cols-[1fr_22rem] sm:items-center">
                    <label htmlFor={`map-${i}`} className="text-sm font-medium">
                      “{text}”
                    </label>
                    <input type="hidden" name={`mapping.${i}.text`} value={text} />
                    <select id={`map-${i}`} name={`mapping.${i}.unit`} defaultValue="" className={controlClass(Boolean(errors))} aria-invalid={errors ? true : undefined}>
                      <option value="">— Chọn đơn vị —</option>
                      {guesses.length ? (
                        <optgroup label="Gần giống (chưa chắc chắn)">
                          {guesses.map((id) => (
                            <option key={`guess-${id}`} value={id}>
                              {data.units.find((u) => u.id === id)?.name ?? id}
                            </option>
                          ))}
                        </optgroup>
                      ) : null}
                      <optgroup label="Tất cả đơn vị">
                        {data.units.map((u) => (
                          <option key={u.id} value={u.id}>
                            {u.name}
                          </option>
                        ))}
                      </optgroup>
                      {data.canCreateExternalUnits && !placeholder ? <option value="new:EXTERNAL">+ Tạo đơn vị mới (ngoài Sở) với tên này</option> : null}
                      {data.canCreateUnits && !placeholder ? <option value="new:INTERNAL">+ Tạo đơn vị mới (thuộc Sở) với tên này</option> : null}
                    </select>
                    {errors ? <p className="text-sm text-red-700 sm:col-start-2">{errors.join(" ")}</p> : null}
                  </div>
                );
              })}
            </div>
          ) : null}
          <DateField id="import-event-date" name="eventDate" label="Ngày sự kiện (nếu có)" defaultValue={result.plan.eventDate ?? ""} className="max-w-xs" />
          <IssuedChoice issued={data.issued} checked={asIssued} onChange={setAsIssued} errors={fieldErrors(confirmState, "asIssued")} />
          <p className="text-sm text-slate-700">
            {asIssued
              ? "Kế hoạch được ghi nhận là đã ban hành, với số, ngày và người ký như văn bản."
              : "Kế hoạch được tạo ở trạng thái dự thảo, chưa có số; có thể sửa mọi phần trước khi trình."}
          </p>
          <FormMessage state={confirmState} />
          <Button type="submit" name="step" value="confirm" disabled={creating}>
            {creating ? (asIssued ? "Đang nhập…" : "Đang tạo dự thảo…") : asIssued ? "Nhập kế hoạch đã ban hành" : "Tạo dự thảo"}
          </Button>
        </fieldset>
      ) : null}
    </>
  );
}
