import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { isDemo } from "@/lib/env";
import { DEMO_LOGINS, DEMO_PASSWORD } from "@/lib/demo-logins";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const params = await searchParams;
  if (await getCurrentUser()) redirect("/");
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  const error = typeof params.error === "string" ? params.error : undefined;
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-900 to-brand-700 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center text-white">
          <p className="text-sm uppercase tracking-wide text-brand-100">Sở Khoa học và Công nghệ</p>
          <h1 className="mt-1 text-3xl font-semibold">Kehoach</h1>
          <p className="mt-1 text-sm text-brand-100">Lập, phê duyệt và theo dõi kế hoạch</p>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-lg">
          <h2 className="mb-4 text-lg font-semibold text-slate-900">Đăng nhập</h2>
          {params.changed ? <p className="mb-3 rounded-md bg-green-50 p-2 text-sm text-green-900" role="status">Đã đổi mật khẩu. Hãy đăng nhập lại bằng mật khẩu mới.</p> : null}
          {params.signedOut === "everywhere" ? (
            <p className="mb-3 rounded-md bg-green-50 p-2 text-sm text-green-900" role="status">
              Đã đăng xuất trên mọi thiết bị. Hãy đăng nhập lại.
            </p>
          ) : null}
          <LoginForm callbackUrl={callbackUrl} initialError={error} />
        </div>
        {isDemo() ? (
          <details className="mt-4 rounded-lg bg-white/95 p-4 text-sm text-slate-800 shadow">
            <summary className="cursor-pointer font-medium">Tài khoản dùng thử (mật khẩu {DEMO_PASSWORD})</summary>
            <ul className="mt-2 space-y-1">
              {DEMO_LOGINS.map((login) => (
                <li key={login.username}>
                  <code className="font-semibold">{login.username}</code> – {login.description}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </main>
  );
}
