"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/login" })}
      className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-white ring-1 ring-inset ring-white/40 hover:bg-white/10"
    >
      Đăng xuất
    </button>
  );
}
