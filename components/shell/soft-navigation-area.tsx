"use client";
import { useRef, type HTMLAttributes, type MouseEvent, type SyntheticEvent } from "react";
import { useRouter } from "next/navigation";
import { softNavigationHref } from "@/components/shell/soft-navigation";

type Props = Omit<HTMLAttributes<HTMLElement>, "onClick" | "onPointerOver" | "onFocus"> & { as: "header" | "nav" | "div" | "ul" | "p" };

/**
 * An element with one click handler for all the links inside it: they are
 * plain anchors (server markup), and a click that next/link would take over
 * opens the page with the client router, as a <Link> would. A link is
 * prefetched when pointed at or focused, not for being on screen. The app's
 * header, a plan's tabs, the breadcrumb, the plan page's buttons and the
 * dashboards' links use it: a <Link> is a client component of its own in
 * every server render.
 */
export function SoftNavigationArea({ as: Tag, children, ...attributes }: Props) {
  const router = useRouter();
  const prefetched = useRef(new Set<string>());
  const anchorOf = (event: SyntheticEvent) => (event.target as Element).closest?.("a[href]") as HTMLAnchorElement | null;
  const onClick = (event: MouseEvent) => {
    const href = softNavigationHref(event, anchorOf(event), window.location.origin);
    if (!href) return;
    event.preventDefault();
    router.push(href);
  };
  const prefetch = (event: SyntheticEvent) => {
    const href = softNavigationHref(null, anchorOf(event), window.location.origin);
    if (!href || prefetched.current.has(href)) return;
    prefetched.current.add(href);
    router.prefetch(href);
  };
  return (
    <Tag {...attributes} onClick={onClick} onPointerOver={prefetch} onFocus={prefetch}>
      {children}
    </Tag>
  );
}
