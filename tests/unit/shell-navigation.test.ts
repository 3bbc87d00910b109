// The header's links are plain anchors (components/shell/), as are a plan's
// tabs, the breadcrumb and the plan page's buttons: the main menu marks
// the current page with aria-current and escapes what it shows, and a click
// is taken over by the client router exactly when next/link would take it.
import { describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { isCurrentPage, softNavigationHref } from "@/components/shell/soft-navigation";

const pathname = vi.hoisted(() => ({ current: "/" as string | null }));
vi.mock("next/navigation", () => ({ usePathname: () => pathname.current }));
const { NavLinks } = await import("@/components/shell/nav-links");

const ORIGIN = "https://kehoach.langson.gov.vn";
const click = (overrides: Partial<Parameters<typeof softNavigationHref>[0] & object> = {}) => ({ defaultPrevented: false, button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...overrides });
const anchor = (href: string, attributes: Record<string, string> = {}) => ({ href: new URL(href, ORIGIN).href, target: attributes.target ?? "", hasAttribute: (name: string) => name in attributes });

describe("the main menu", () => {
  const items = [
    { href: "/", label: "Tổng quan" },
    { href: "/plans", label: "Kế hoạch" },
    { href: "/help", label: "<b>Hướng dẫn</b> & \"mẹo\"" },
  ];

  it("marks the current page, sub-pages included, and only it", () => {
    pathname.current = "/plans/0190aaaa-0000-4000-8000-000000000001/edit";
    const html = renderToStaticMarkup(createElement(NavLinks, { items }));
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toMatch(/<a href="\/plans" aria-current="page"[^>]*>Kế hoạch<\/a>/);
    expect(html).toContain('<a href="/" class=');
    pathname.current = "/";
    expect(renderToStaticMarkup(createElement(NavLinks, { items }))).toMatch(/<a href="\/" aria-current="page"[^>]*>Tổng quan<\/a>/);
  });

  it("shows labels as text, never as markup", () => {
    const html = renderToStaticMarkup(createElement(NavLinks, { items }));
    expect(html).toContain("&lt;b&gt;Hướng dẫn&lt;/b&gt; &amp; &quot;mẹo&quot;");
    expect(html).not.toContain("<b>");
  });

  it("isCurrentPage: '/' is only itself; a prefix must end at a slash", () => {
    expect(isCurrentPage("/plans", "/")).toBe(false);
    expect(isCurrentPage("/plansx", "/plans")).toBe(false);
    expect(isCurrentPage("/plans/1", "/plans")).toBe(true);
    expect(isCurrentPage(null, "/")).toBe(false);
  });
});

describe("which header clicks the client router takes", () => {
  it("a plain left click on a link to this site, with its query and hash", () => {
    expect(softNavigationHref(click(), anchor("/plans?year=2026#list"), ORIGIN)).toBe("/plans?year=2026#list");
  });

  it("leaves to the browser: modifier keys, other buttons, a handled click, another tab, a download, a page outside the app's layout, another site", () => {
    for (const key of ["metaKey", "ctrlKey", "shiftKey", "altKey"] as const) expect(softNavigationHref(click({ [key]: true }), anchor("/plans"), ORIGIN), key).toBeNull();
    expect(softNavigationHref(click({ button: 1 }), anchor("/plans"), ORIGIN)).toBeNull();
    expect(softNavigationHref(click({ defaultPrevented: true }), anchor("/plans"), ORIGIN)).toBeNull();
    expect(softNavigationHref(click(), anchor("/plans", { target: "_blank" }), ORIGIN)).toBeNull();
    expect(softNavigationHref(click(), anchor("/plans/1/export", { download: "" }), ORIGIN)).toBeNull();
    expect(softNavigationHref(click(), anchor("/plans/1/print", { "data-full-load": "" }), ORIGIN)).toBeNull();
    expect(softNavigationHref(click(), anchor("https://evil.example/plans"), ORIGIN)).toBeNull();
    expect(softNavigationHref(click(), null, ORIGIN)).toBeNull();
  });

  it("a prefetch (no click) asks the same of the link", () => {
    expect(softNavigationHref(null, anchor("/notifications"), ORIGIN)).toBe("/notifications");
    expect(softNavigationHref(null, anchor("https://evil.example/"), ORIGIN)).toBeNull();
  });
});
