"use client";
import { Fragment, useState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { InlineAction } from "@/components/ui/inline-action";
import { DateField } from "@/components/ui/date-field";

export function CreateTokenForm() {
  const { state, pending, onSubmit, formKey } = useFormAction(createApiTokenAction);
  const [copied, setCopied] = useState(false);
  const token = state.status === "success" ? (state.data as { token?: string } | undefined)?.token : undefined;
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} noValidate aria-label="Tạo mã truy cập API" className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <Fragment key={formKey}>
          <TextField id="token-name" name="name" label="Tên (dùng vào việc gì)" required placeholder="Văn phòng điện tử" errors={fieldErrors(state, "name")} />
          <DateField id="token-expires" name="expiresOn" label="Hết hạn (không bắt buộc)" errors={fieldErrors(state, "expiresOn")} />
        </Fragment>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang tạo…" : "Tạo mã"}
        </Button>
      </form>
      {token ? (
        <Alert tone="success" title="Mã truy cập mới: sao chép ngay, mã chỉ hiện một lần">
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900" aria-label="Mã truy cập">
              {token}
            </code>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => void navigator.clipboard?.writeText(token).then(() => setCopied(true), () => setCopied(false))}
            >
              {copied ? "Đã sao chép" : "Sao chép"}
            </Button>
          </div>
          <p className="mt-2">
            Dùng trong tiêu đề: <code>Authorization: Bearer {token.slice(0, 10)}…</code>
          </p>
        </Alert>
      ) : (
        <FormMessage state={state} />
      )}
    </div>
  );
}

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  return (
    <InlineAction action={revokeApiTokenAction} fields={{ id }} variant="ghost" label={`Thu hồi mã ${name}`}>
      Thu hồi
    </InlineAction>
  );
}
