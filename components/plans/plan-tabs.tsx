"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

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
    <nav aria-label="Các trang của kế hoạch" className="scroll-row no-print -mx-1 mb-4 overflow-x-auto border-b border-slate-200">
      <ul className="flex w-max gap-1 px-1">
        {tabs.map((tab) => {
          const active = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium",
                  active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
