// Which click on a plain <a> in the app's header the client router takes over,
// as next/link decides it (a left click without modifier keys, on a link to
// this site that opens in the same tab), so the header's links can be plain
// anchors: a <Link> costs its own client component per link on every page's
// server render (about a tenth of the floor page's CPU for the header's
// eleven, issue 17 §3).

export type ClickLike = { defaultPrevented: boolean; button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean };
export type AnchorLike = { href: string; target: string; hasAttribute(name: string): boolean };

/** The address to open with the client router, or null to leave the click to the browser. */
export function softNavigationHref(click: ClickLike | null, anchor: AnchorLike | null, origin: string): string | null {
  if (!anchor) return null;
  if (click && (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey)) return null;
  // data-full-load: a page outside the app's layout (the print view), opened as a document.
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download") || anchor.hasAttribute("data-full-load")) return null;
  let url: URL;
  try {
    url = new URL(anchor.href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Whether a main-menu item is the current page: "/" only itself, others also their sub-pages. */
export function isCurrentPage(pathname: string | null, href: string): boolean {
  if (!pathname) return false;
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
