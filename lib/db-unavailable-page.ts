// The page proxy.ts answers with (503, Retry-After) while the database is
// down: the same words as the app's error page (components/ui/error-page.tsx),
// as plain HTML that needs neither the database nor JavaScript.
import { DB_UNAVAILABLE_DETAIL, DB_UNAVAILABLE_MESSAGE, DB_RETRY_AFTER_SECONDS } from "@/lib/db-unavailable";

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
*{box-sizing:border-box}
body{margin:0;min-height:100vh;background:#f8fafc;color:#0f172a;font-family:Inter,"Noto Sans","Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;-webkit-font-smoothing:antialiased}
header{background:#fff;border-bottom:1px solid #e2e8f0;padding:.75rem 1rem;font-weight:600;color:#1b3689}
main{max-width:36rem;margin:0 auto;padding:4rem 1rem;text-align:center}
h1{margin:0;font-size:1.5rem;line-height:2rem;font-weight:600}
p{margin:.5rem 0 0;color:#475569;line-height:1.5rem}
a.retry{display:inline-flex;margin-top:1.5rem;padding:.5rem 1rem;border-radius:.375rem;background:#1a3fb0;color:#fff;font-size:.875rem;font-weight:500;text-decoration:none}
a.retry:hover{background:#1b3689}
a.retry:focus-visible{outline:2px solid #1e4fd8;outline-offset:2px}
`;

/** `retryHref`: the address asked for, so "Thử lại" asks for it again. */
export function databaseUnavailablePage(retryHref: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Tạm thời không kết nối được cơ sở dữ liệu · Kehoach</title>
<style>${STYLE}</style>
</head>
<body>
<header>Kehoach</header>
<main id="main">
<div role="alert">
<h1>${escapeHtml(DB_UNAVAILABLE_MESSAGE)}</h1>
<p>${escapeHtml(DB_UNAVAILABLE_DETAIL)}</p>
</div>
<a class="retry" href="${escapeHtml(retryHref)}">Thử lại</a>
</main>
</body>
</html>
`;
}

export function databaseUnavailableResponse(retryHref: string, headers: Record<string, string> = {}): Response {
  return new Response(databaseUnavailablePage(retryHref), {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(DB_RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}
