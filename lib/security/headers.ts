// Security headers, in one place: the page policy (with a fresh nonce per
// request, set by proxy.ts) and the headers every response carries (set in
// next.config.ts, so API answers, files and static assets get them too).

/** A Content-Security-Policy for pages: no script runs unless it carries this request's nonce. */
export function pagePolicy(nonce: string, options: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced bootstrap loads are trusted, nothing else.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (bar widths, Gantt positions) are data, not code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Documents that are not pages (JSON, calendars, downloads) may load nothing and be framed by no one. */
export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "display-capture=()",
  "interest-cohort=()",
].join(", ");

/** Headers for every response. */
export const COMMON_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
