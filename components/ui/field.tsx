import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

export const controlClass = (invalid?: boolean) =>
  cn(
    "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400",
    "focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 disabled:bg-slate-100",
    invalid ? "border-red-600" : "border-slate-300",
  );

type FieldProps = {
  id: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: (control: { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => ReactNode;
};

/** A label, a control, a hint and its errors, wired together for screen readers. */
export function Field({ id, label, errors, hint, required, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {children({
        id,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": describedBy,
        className: controlClass(Boolean(errorId)),
      })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(
  props: Omit<FieldProps, "children"> & InputHTMLAttributes<HTMLInputElement> & { name: string },
) {
  const { id, label, errors, hint, className, required, ...input } = props;
  return (
    <Field id={id} label={label} errors={errors} hint={hint} className={className} required={required}>
      {(control) => <input {...input} {...control} required={required} />}
    </Field>
  );
}

export function TextAreaField(
  props: Omit<FieldProps, "children"> & TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string },
) {
  const { id, label, errors, hint, className, required, ...textarea } = props;
  return (
    <Field id={id} label={label} errors={errors} hint={hint} className={className} required={required}>
      {(control) => <textarea rows={3} {...textarea} {...control} required={required} />}
    </Field>
  );
}

export function SelectField(
  props: Omit<FieldProps, "children"> & SelectHTMLAttributes<HTMLSelectElement> & { name: string; children: ReactNode },
) {
  const { id, label, errors, hint, className, required, children, ...select } = props;
  return (
    <Field id={id} label={label} errors={errors} hint={hint} className={className} required={required}>
      {(control) => (
        <select {...select} {...control} required={required}>
          {children}
        </select>
      )}
    </Field>
  );
}
