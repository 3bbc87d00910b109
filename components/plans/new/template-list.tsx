"use client";
import { deleteTemplateAction } from "@/lib/plans/actions/create";
import { InlineAction } from "@/components/ui/inline-action";

export function DeleteTemplateButton({ templateId, name }: { templateId: string; name: string }) {
  return (
    <InlineAction action={deleteTemplateAction} fields={{ templateId }} variant="ghost" label={`Xóa mẫu ${name}`}>
      Xóa mẫu
    </InlineAction>
  );
}
