import { requireUser } from "@/lib/auth/session";
import { AppHeader } from "@/components/shell/app-header";
import { unreadForBell } from "@/lib/notifications/queries";
import { markIfDatabaseUnavailable } from "@/lib/db-errors";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unread = await unreadForBell(user).catch((error: unknown) => {
    throw markIfDatabaseUnavailable(error);
  });
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800">
        Bỏ qua điều hướng
      </a>
      <AppHeader user={user} unread={unread} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
