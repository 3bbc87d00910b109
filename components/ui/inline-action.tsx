"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useFormAction, type Action } from "@/components/ui/use-form-action";

/** A one-button form (move up, confirm delete …) that reports its own error; with `confirm`, it asks first. */
export function InlineAction({
  action,
  fields,
  children,
  label,
  variant = "secondary",
  extra,
  onDone,
  disabled,
  confirm,
}: {
  action: Action;
  fields: Record<string, string | number>;
  children: ReactNode;
  label?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  extra?: ReactNode;
  onDone?: () => void;
  disabled?: boolean;
  confirm?: string | null;
}) {
  const { state, pending, onSubmit } = useFormAction(action, { onSuccess: onDone });
  return (
    <form
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      className="inline-flex flex-col gap-1"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {extra}
      <Button type="submit" size="sm" variant={variant} disabled={pending || disabled} aria-label={label}>
        {children}
      </Button>
      {state.status === "error" ? (
        <p role="alert" className="max-w-xs text-xs text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
