"use client";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { SoftNavigationArea } from "@/components/shell/soft-navigation-area";

/** A plan's pages. Plain anchors, opened with the client router by the area around them. */
export function PlanTabs({ planId }: { planId: string }) {
  const pathname = usePathname();
  const base = `/plans/${planId}`;
  const tabs = [
    { href: base, label: "Văn bản" },
    { href: `${base}/dashboard`, label: "Tiến độ" },
    { href: `${base}/timeline`, label: "Biểu đồ thời gian" },
    { href: `${base}/calendar`, label: "Lịch" },
    { href: `${base}/history`, label: "Lịch sử" },
  ];
  return (
    <SoftNavigationArea as="nav" aria-label="Các trang của kế hoạch" className="scroll-row no-print -mx-1 mb-4 overflow-x-auto border-b border-slate-200">
      <ul className="flex w-max gap-1 px-1">
        {tabs.map((tab) => {
          const active = pathname === tab.href;
          return (
            <li key={tab.href}>
              <a
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium",
                  active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900",
                )}
              >
                {tab.label}
              </a>
            </li>
          );
        })}
      </ul>
    </SoftNavigationArea>
  );
}
