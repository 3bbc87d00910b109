// The filter bar of a list: a GET form (the filters live in the URL, so a
// filtered list can be bookmarked and shared), labelled selects and a search
// box, and one "Lọc" button. Server components: no script needed.
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { escapeHtml, html } from "@/lib/html";
import { Markup } from "@/components/ui/markup";

export function FilterForm({ label, className, children, footer }: { label: string; className?: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <form method="get" aria-label={label} className={cn("mb-4 flex flex-wrap items-end gap-3", className)}>
      {children}
      <button type="submit" className={buttonClass("secondary")}>
        Lọc
      </button>
      {footer}
    </form>
  );
}

type Option = { value: string | number; label: string };

/** A labelled select; `allLabel` adds the empty "no filter" option first. */
export function FilterSelect({ id, name, label, value, allLabel, options, className }: { id: string; name: string; label: string; value?: string | number; allLabel?: string; options: Option[]; className?: string }) {
  return (
    <div className={cn("text-sm", className)}>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={controlClass()}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The options of a long select (every unit of a department, every plan a unit
 * works on) as markup, made once with the cached list they come from rather
 * than as hundreds of React elements on every view. `allLabel` adds the empty
 * "no filter" option first.
 */
export function optionsMarkup(options: Option[], allLabel?: string): string {
  return html`${allLabel !== undefined ? html`<option value="">${allLabel}</option>` : ""}${options.map((o) => html`<option value="${String(o.value)}">${o.label}</option>`)}`.value;
}

/** A labelled select whose options are markup (optionsMarkup); the chosen value is marked selected here, per request. */
export function FilterSelectMarkup({ id, name, label, value, options, className }: { id: string; name: string; label: string; value?: string | number; options: string; className?: string }) {
  const option = value === undefined || value === "" ? null : `<option value="${escapeHtml(String(value))}">`;
  const marked = option ? options.replace(option, `${option.slice(0, -1)} selected>`) : options;
  return (
    <div className={cn("text-sm", className)}>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">
        {label}
      </label>
      <Markup as="select" id={id} name={name} className={controlClass()} html={marked} />
    </div>
  );
}

export function FilterSearch({ id, name, label, value, placeholder, className }: { id: string; name: string; label: string; value?: string; placeholder?: string; className?: string }) {
  return (
    <div className={cn("text-sm", className)}>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">
        {label}
      </label>
      <input type="search" id={id} name={name} defaultValue={value ?? ""} placeholder={placeholder} className={controlClass()} />
    </div>
  );
}

/** Values the form keeps without showing a control for them (a group chosen elsewhere on the page). */
export function HiddenFilters({ values }: { values: Record<string, string | number | undefined> }) {
  return Object.entries(values).map(([name, value]) => (value === undefined || value === "" ? null : <input key={name} type="hidden" name={name} value={value} />));
}
