import { Suspense } from "react";
import type { SessionUser } from "@/lib/auth/user";
import { can } from "@/lib/auth/roles";
import { ROLE_LABELS, roleCan } from "@/lib/auth/roles";
import { NavLinks, type NavItem } from "@/components/shell/nav-links";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { NotificationBell } from "@/components/shell/notification-bell";
import { SiteSearch } from "@/components/shell/site-search";
import { SoftNavigationArea } from "@/components/shell/soft-navigation-area";

/** The app's header. Its links are plain anchors that SoftNavigationArea opens with the client router (components/shell/soft-navigation.ts). */
export function AppHeader({ user, unread }: { user: SessionUser; unread: number }) {
  const items: NavItem[] = [
    { href: "/", label: "Tổng quan" },
    { href: "/plans", label: "Kế hoạch" },
    { href: "/my-work", label: "Việc của đơn vị" },
    ...(roleCan(user.role, "attention.read") ? [{ href: "/attention", label: "Việc cần chú ý" }] : []),
    ...(can(user, "register.read") ? [{ href: "/register", label: "Sổ đăng ký" }] : []),
    { href: "/timeline", label: "Thời gian biểu" },
    { href: "/units", label: "Đơn vị" },
    ...(can(user, "user.manage") ? [{ href: "/users", label: "Người dùng" }] : []),
    ...(can(user, "organization.manage") ? [{ href: "/settings", label: "Cơ quan" }] : []),
    { href: "/help", label: "Hướng dẫn" },
  ];
  const accountDetail = `${ROLE_LABELS[user.role]}${user.unitName ? ` · ${user.unitName}` : ""}`;
  const accountLabel = `${user.displayName}, ${accountDetail}`;
  return (
    <SoftNavigationArea as="header" className="no-print bg-brand-900 text-white">
      {/* One line at every width, the bell by the right edge: the name gives way (truncated, whole in its title). */}
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-x-3 px-4 py-3 sm:gap-x-6">
        {/* A plain anchor on purpose: SoftNavigationArea opens it with the client router. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="flex shrink-0 items-center gap-2">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded bg-flag text-sm font-bold">
            KH
          </span>
          <span className="leading-tight">
            <span className="block text-base font-semibold">Kehoach</span>
            <span className="hidden text-xs text-brand-100 sm:block">{user.organizationName}</span>
          </span>
        </a>
        <div className="flex min-w-0 flex-1 items-center justify-end gap-2 text-sm sm:gap-3">
          <a href="/profile" className="min-w-0 rounded text-right leading-tight hover:underline sm:max-w-[20rem]" title={`Tài khoản của bạn: ${accountLabel}`}>
            <span className="block truncate font-medium">{user.displayName}</span>
            <span className="hidden truncate text-xs text-brand-100 sm:block">{accountDetail}</span>
          </a>
          <NotificationBell unread={unread} />
          <div className="shrink-0">
            <SignOutButton />
          </div>
        </div>
      </div>
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-2 pb-2 md:flex-row md:items-center md:justify-between">
        <nav aria-label="Điều hướng chính" className="min-w-0">
          <NavLinks items={items} />
        </nav>
        <Suspense fallback={<SiteSearchFallback />}>
          <SiteSearch />
        </Suspense>
      </div>
    </SoftNavigationArea>
  );
}

/** The box before the client one hydrates (useSearchParams suspends while prerendering). */
function SiteSearchFallback() {
  return <div className="h-8 px-2 md:w-64 md:px-0" aria-hidden="true" />;
}
