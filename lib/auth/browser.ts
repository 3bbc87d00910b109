// Signing in and out from the browser, through next-auth's own endpoints and
// protocol (a CSRF token from /api/auth/csrf, then a form POST with json=true
// that answers with the URL to go to), as next-auth/react's signIn() and
// signOut() do. next-auth/react itself is not used: it is compiled for old
// browsers (a regenerator runtime) and carries the session provider, about
// 8 KB gzip on every page for the sign-out button alone. The server side is
// unchanged: the same route handler, the same CSRF check, the same signOut
// event that ends the server-side session (lib/auth/options.ts).

const BASE = "/api/auth";

async function csrfToken(): Promise<string> {
  const response = await fetch(`${BASE}/csrf`, { headers: { "Content-Type": "application/json" } });
  const body = (await response.json()) as { csrfToken?: string };
  if (!response.ok || !body.csrfToken) throw new Error(`csrf ${response.status}`);
  return body.csrfToken;
}

async function post(path: string, fields: Record<string, string>): Promise<{ response: Response; url: string | undefined }> {
  const body = new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" });
  const response = await fetch(`${BASE}/${path}`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body });
  const data = (await response.json()) as { url?: string };
  return { response, url: data.url };
}

export type SignInResult = { ok: boolean; error: string | null };

/** The credentials provider; the error code next-auth puts in the URL it answers with (e.g. "CredentialsSignin"), or null. */
export async function signInWithCredentials(username: string, password: string): Promise<SignInResult> {
  const { response, url } = await post("callback/credentials", { username, password, callbackUrl: window.location.href });
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "Default";
  return { ok: response.ok && !error, error };
}

/** Ends the session (the server forgets it) and goes to callbackUrl. */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { url } = await post("signout", { callbackUrl });
  window.location.href = url ?? callbackUrl;
}
