// Where the browser goes after signing in. The callback comes from the
// address bar, so it is hostile until proven otherwise: browsers read
// "/\evil.example", "/\t/evil.example" or "/.//evil.example" as another site.
// The callback is parsed the way the browser will parse it, against the
// app's origin, and kept only if it stays on that origin.

/** An absolute URL on `origin`: the callback's path, query and fragment when it is same-origin, else the home page. */
export function safeCallbackUrl(value: string | null | undefined, origin: string): string {
  const site = new URL(origin).origin;
  if (!value) return `${site}/`;
  let url: URL;
  try {
    url = new URL(value, `${site}/`);
  } catch {
    return `${site}/`;
  }
  if (url.origin !== site) return `${site}/`;
  // Rebuilt on our origin rather than returned as a path: a path such as
  // "//evil.example" (from "/.//evil.example") would itself leave the site.
  return `${site}${url.pathname}${url.search}${url.hash}`;
}
