"use client";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { isCurrentPage } from "@/components/shell/soft-navigation";

export type NavItem = { href: string; label: string };

/**
 * The main menu. Plain anchors: the header (SoftNavigationArea) opens them with the
 * client router. A client component only for the current page's mark, which
 * follows the client router's navigations (the layout is not rendered again).
 */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <div className="scroll-row overflow-x-auto">
      <ul className="flex w-max gap-1">
        {items.map((item) => {
          const active = isCurrentPage(pathname, item.href);
          return (
            <li key={item.href}>
              <a
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium",
                  active ? "bg-white/15 text-white" : "text-brand-100 hover:bg-white/10 hover:text-white",
                )}
              >
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
