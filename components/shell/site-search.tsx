"use client";
import { usePathname, useSearchParams } from "next/navigation";

/** The header's search box; on the results page it keeps the query that was searched. */
export function SiteSearch() {
  const pathname = usePathname();
  const params = useSearchParams();
  const q = pathname === "/search" ? (params.get("q") ?? "") : "";
  return (
    <form role="search" action="/search" method="get" className="px-2 md:px-0">
      <label htmlFor="site-search" className="sr-only">
        Tìm kế hoạch, hoạt động, đơn vị
      </label>
      <input
        // Re-keyed on the query, so a new search (or leaving the page) shows the right text.
        key={q}
        id="site-search"
        name="q"
        type="search"
        defaultValue={q}
        placeholder="Tìm (vd. hoi thao, 12/KH-SKHCN)…"
        className="w-full rounded-md border-0 bg-white/10 px-3 py-1.5 text-sm text-white placeholder:text-brand-100 focus:bg-white focus:text-slate-900 focus:outline-none md:w-64"
      />
    </form>
  );
}
