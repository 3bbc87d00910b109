import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** One step of the trail; the last one, the page itself, has no link. */
export type Crumb = { label: string; href?: string };

/** The trail above a page's title: "Kế hoạch / 12/KH-SKHCN / Soạn thảo". */
export function Breadcrumb({ items, className }: { items: Crumb[]; className?: string }) {
  return (
    <nav aria-label="Đường dẫn" className={cn("text-sm text-slate-600", className)}>
      <ol className="flex flex-wrap items-center gap-x-1">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} className="flex items-center gap-x-1">
            {index > 0 ? <span aria-hidden="true">/</span> : null}
            {item.href ? (
              <Link href={item.href} className="text-brand-700 underline underline-offset-2">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
