"use client";
import { useRef, type MouseEvent, type ReactNode, type SyntheticEvent } from "react";
import { useRouter } from "next/navigation";
import { softNavigationHref } from "@/components/shell/soft-navigation";

/**
 * The header element, with one click handler for all its links: they are
 * plain anchors (server markup), and a click that next/link would take over
 * opens the page with the client router, as a <Link> would. A link is
 * prefetched when pointed at or focused, not for being on screen.
 */
export function ShellHeader({ className, children }: { className: string; children: ReactNode }) {
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
    <header className={className} onClick={onClick} onPointerOver={prefetch} onFocus={prefetch}>
      {children}
    </header>
  );
}
