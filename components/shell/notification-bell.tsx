/** A plain anchor: the header (SoftNavigationArea) opens it with the client router. */
export function NotificationBell({ unread }: { unread: number }) {
  const label = unread ? `Thông báo: ${unread} chưa đọc` : "Thông báo: không có thông báo mới";
  return (
    <a href="/notifications" aria-label={label} title={label} className="relative rounded-md p-2 text-white hover:bg-white/10">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread ? (
        <span aria-hidden="true" className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-flag px-1 text-center text-xs font-bold leading-5">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </a>
  );
}
