"use client";
import { useState, type FormEvent } from "react";
import { signInWithCredentials } from "@/lib/auth/browser";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { SIGN_IN_MESSAGES, signInErrorMessage } from "@/lib/auth/sign-in-errors";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string }) {
  const [error, setError] = useState<string | null>(initialError ? signInErrorMessage(initialError) : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError("Vui lòng nhập tên đăng nhập và mật khẩu.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signInWithCredentials(username, password);
      if (!result.ok) {
        setError(signInErrorMessage(result.error));
        setPending(false);
        return;
      }
      // A full navigation, so the server renders the signed-in shell.
      window.location.assign(safeCallbackUrl(callbackUrl, window.location.origin));
    } catch {
      setError(SIGN_IN_MESSAGES.GENERIC);
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="space-y-1">
        <label htmlFor="username" className="block text-sm font-medium text-slate-800">
          Tên đăng nhập
        </label>
        <input id="username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required className={controlClass()} />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          Mật khẩu
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={controlClass()} />
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </Button>
    </form>
  );
}
