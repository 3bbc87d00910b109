"use client";
import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { idle } from "@/lib/form-state";

/**
 * A notification's link: opening it marks it read, then goes where it points.
 * A click with a modifier (new tab) or without JavaScript still follows the
 * link; the notification then stays new until marked by hand.
 */
export function NotificationLink({ id, href, unread, children }: { id: string; href: string; unread: boolean; children: ReactNode }) {
  const router = useRouter();
  const open = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (!unread || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const form = new FormData();
    form.set("id", id);
    // Marking read must not keep the user from their page: whatever its outcome, go on.
    await markNotificationReadAction(idle, form).catch(() => undefined);
    router.push(href);
  };
  return (
    <a href={href} onClick={open} className="font-medium text-brand-700 underline underline-offset-2">
      {children}
    </a>
  );
}
