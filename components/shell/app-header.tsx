import Link from "next/link";
import type { SessionUser } from "@/lib/auth/user";
import { can } from "@/lib/auth/roles";
import { ROLE_LABELS, roleCan } from "@/lib/auth/roles";
import { NavLinks, type NavItem } from "@/components/shell/nav-links";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { NotificationBell } from "@/components/shell/notification-bell";

export function AppHeader({ user, unread }: { user: SessionUser; unread: number }) {
  const items: NavItem[] = [
    { href: "/", label: "Tổng quan" },
    { href: "/plans", label: "Kế hoạch" },
    { href: "/my-work", label: "Việc của đơn vị" },
    ...(roleCan(user.role, "attention.read") ? [{ href: "/attention", label: "Việc cần chú ý" }] : []),
    { href: "/timeline", label: "Thời gian biểu" },
    { href: "/units", label: "Đơn vị" },
    ...(can(user, "user.manage") ? [{ href: "/users", label: "Người dùng" }] : []),
    ...(can(user, "organization.manage") ? [{ href: "/settings", label: "Cơ quan" }] : []),
    { href: "/help", label: "Hướng dẫn" },
  ];
  return (
    <header className="no-print bg-brand-900 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded bg-flag text-sm font-bold">
            KH
          </span>
          <span className="leading-tight">
            <span className="block text-base font-semibold">Kehoach</span>
            <span className="hidden text-xs text-brand-100 sm:block">{user.organizationName}</span>
          </span>
        </Link>
        <div className="flex items-center gap-3 text-sm">
          <NotificationBell unread={unread} />
          <Link href="/profile" className="max-w-40 truncate rounded text-right leading-tight hover:underline sm:max-w-none" title="Tài khoản của bạn">
            <span className="block font-medium">{user.displayName}</span>
            <span className="hidden text-xs text-brand-100 sm:block">
              {ROLE_LABELS[user.role]}
              {user.unitName ? ` · ${user.unitName}` : ""}
            </span>
          </Link>
          <SignOutButton />
        </div>
      </div>
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-2 pb-2 md:flex-row md:items-center md:justify-between">
        <nav aria-label="Điều hướng chính" className="min-w-0">
          <NavLinks items={items} />
        </nav>
        <form role="search" action="/search" method="get" className="px-2 md:px-0">
          <label htmlFor="site-search" className="sr-only">
            Tìm kế hoạch, hoạt động, đơn vị
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Tìm (vd. hoi thao)…"
            className="w-full rounded-md border-0 bg-white/10 px-3 py-1.5 text-sm text-white placeholder:text-brand-100 focus:bg-white focus:text-slate-900 focus:outline-none md:w-64"
          />
        </form>
      </div>
    </header>
  );
}
