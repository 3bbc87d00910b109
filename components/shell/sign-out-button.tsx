"use client";
import { signOutTo } from "@/lib/auth/browser";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOutTo("/login")}
      className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-white ring-1 ring-inset ring-white/40 hover:bg-white/10"
    >
      Đăng xuất
    </button>
  );
}
