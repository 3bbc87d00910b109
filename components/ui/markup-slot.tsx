"use client";
import { useLayoutEffect, useRef, type HTMLAttributes } from "react";
import { useRouter } from "next/navigation";
import { takeParked } from "@/components/ui/markup-parking";

type Tag = "article" | "div" | "ul" | "ol" | "thead" | "tbody" | "figure" | "select";

export type MarkupSlotProps = Omit<HTMLAttributes<HTMLElement>, "dangerouslySetInnerHTML" | "children"> & {
  as: Tag;
  /** A select's field name. */
  name?: string;
  /** The markup itself (RSC payloads: client navigation, a server action's re-render). */
  html?: string;
  /** Or where the server parked it for this response's HTML (components/ui/markup.tsx). */
  parked?: string;
};

// What this tab was served under each parked key, kept for a remount from the
// router's cache (back and forward), which brings the key without the markup.
const served = new Map<string, string>();
const SERVED_KEPT = 24;

/**
 * Static markup made on the server (lib/html.ts). In a page's HTML it is
 * written once: the RSC payload carries only a key, and hydration leaves the
 * element's content as the server wrote it (React does not compare or patch
 * dangerouslySetInnerHTML while hydrating). Everywhere else (client
 * navigation, an action's re-render) the payload carries the markup.
 */
export function MarkupSlot({ as, html, parked, ...attributes }: MarkupSlotProps) {
  const ref = useRef<HTMLElement>(null);
  const router = useRouter();
  let content = html;
  if (content === undefined) content = typeof window === "undefined" && parked ? (takeParked(parked) ?? "") : "";

  useLayoutEffect(() => {
    const element = ref.current;
    if (html !== undefined || !parked || !element) return;
    if (element.childNodes.length > 0) {
      served.set(parked, element.innerHTML);
      if (served.size > SERVED_KEPT) served.delete(served.keys().next().value!);
      return;
    }
    // Mounted again from the router's cache: the markup this tab was served, else the page's payload again.
    const known = served.get(parked);
    if (known !== undefined) element.innerHTML = known;
    else router.refresh();
  }, [html, parked, router]);

  const Element = as;
  return <Element {...attributes} ref={ref as React.Ref<never>} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: content }} />;
}
