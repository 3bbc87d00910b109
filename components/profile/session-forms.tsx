"use client";
import { signOutEverywhereAction } from "@/lib/sessions/actions";
import { InlineAction } from "@/components/ui/inline-action";

export function SignOutEverywhereButton() {
  return (
    <InlineAction action={signOutEverywhereAction} fields={{}} variant="secondary">
      Đăng xuất trên mọi thiết bị
    </InlineAction>
  );
}
