// components/ui/markup.tsx stands in for static markup in a page: a server
// component that parks the markup for the response's HTML render (server-only,
// Next.js's request store), which renderToStaticMarkup cannot run. Unit tests of the markup around it use this: the element with its
// markup inside, as an HTML response shows it.
import { createElement } from "react";
import type { MarkupSlotProps } from "@/components/ui/markup-slot";

export function Markup({ as, html, ...attributes }: Omit<MarkupSlotProps, "parked" | "html"> & { html: string }) {
  return createElement(as, { ...attributes, dangerouslySetInnerHTML: { __html: html } });
}
