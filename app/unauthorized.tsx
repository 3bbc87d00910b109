// What unauthorized() would show. Kehoach never calls it (signed-out visitors
// are sent to the sign-in page), but Next.js puts this boundary into every
// page's server payload; without this file that was its English default page
// with inline styles, about 1 KB on every page (issue 17 §3).
export default function Unauthorized() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Cần đăng nhập</h1>
      <a className="mt-6 inline-block text-brand-700 underline" href="/login">
        Đăng nhập
      </a>
    </main>
  );
}
