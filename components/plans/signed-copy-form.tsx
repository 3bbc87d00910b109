"use client";
import { attachSignedCopyAction } from "@/lib/signed-copies/actions";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

/** Attach the signed PDF; after a success the file input is empty again (formKey) and the page shows the new copy. */
export function SignedCopyForm({ planId, kind = "PLAN", maxMb, hasCopies }: { planId: string; kind?: "PLAN" | "REPORT"; maxMb: number; hasCopies: boolean }) {
  const { state, pending, onSubmit, formKey } = useFormAction(attachSignedCopyAction);
  return (
    <form onSubmit={onSubmit} noValidate encType="multipart/form-data" aria-label="Đính kèm bản đã ký" className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="kind" value={kind} />
      <div key={formKey} className="flex flex-wrap items-end gap-2">
        <Field
          id="signed-copy-file"
          label={hasCopies ? "Đính kèm bản đã ký khác (PDF)" : "Đính kèm bản đã ký (PDF)"}
          errors={fieldErrors(state, "file")}
          hint={`Bản quét hoặc tệp ký số từ hệ thống quản lý văn bản; tối đa ${maxMb} MB.${hasCopies ? " Các bản đã đính kèm vẫn được giữ." : ""}`}
          className="min-w-0 flex-1"
        >
          {(control) => <input {...control} type="file" name="file" accept=".pdf,application/pdf" />}
        </Field>
        <Button type="submit" variant="primary" size="sm" disabled={pending} aria-busy={pending}>
          {pending ? "Đang tải lên và đọc chữ ký…" : "Đính kèm"}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
