"use client";
import type { FormEvent, ReactNode } from "react";
import type { FormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/**
 * A form that opens under a row of an admin table (edit a unit, edit an
 * account, reset its password): it carries the row's id and version, shows
 * the action's message above its fields and saves with one small button.
 */
export function RowForm({
  summary,
  label,
  row,
  form,
  submitLabel,
  children,
}: {
  summary: string;
  label: string;
  row: { id: string; version: number };
  form: { state: FormState; pending: boolean; onSubmit: (event: FormEvent<HTMLFormElement>) => void };
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:underline">{summary}</summary>
      <form onSubmit={form.onSubmit} className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3" noValidate aria-label={label}>
        <input type="hidden" name="id" value={row.id} />
        <input type="hidden" name="version" value={row.version} />
        <FormMessage state={form.state} />
        {children}
        <Button type="submit" size="sm" disabled={form.pending}>
          {form.pending ? "Đang lưu…" : submitLabel}
        </Button>
      </form>
    </details>
  );
}
