import { cn } from "@/components/ui/cn";
import { SoftNavigationArea } from "@/components/shell/soft-navigation-area";

/** One step of the trail; the last one, the page itself, has no link. */
export type Crumb = { label: string; href?: string };

/** The trail above a page's title: "Kế hoạch / 12/KH-SKHCN / Soạn thảo". Its links are plain anchors the area opens with the client router. */
export function Breadcrumb({ items, className }: { items: Crumb[]; className?: string }) {
  return (
    <SoftNavigationArea as="nav" aria-label="Đường dẫn" className={cn("text-sm text-slate-600", className)}>
      <ol className="flex flex-wrap items-center gap-x-1">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} className="flex items-center gap-x-1">
            {index > 0 ? <span aria-hidden="true">/</span> : null}
            {item.href ? (
              <a href={item.href} className="text-brand-700 underline underline-offset-2">
                {item.label}
              </a>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </SoftNavigationArea>
  );
}
