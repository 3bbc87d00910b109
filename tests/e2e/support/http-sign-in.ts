// Signing in over plain HTTP from a chosen loopback address (127.0.0.0/8 all
// reaches this machine), so one test can be several clients: the server sees
// each as its own TCP peer, whatever headers say.
import http from "node:http";

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function send(base: string, method: string, path: string, options: { from: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: url.port, path: `${url.pathname}${url.search}`, method, localAddress: options.from, headers: { host: url.host, ...options.headers } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const cookiesOf = (answer: Answer) => (answer.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]!);

export type SignInResult = {
  /** next-auth's error code (CredentialsSignin, TooManyAttempts:<seconds>), or null when signed in. */
  error: string | null;
  /** Cookies the server set (session, device), as name=value. */
  cookies: string[];
};

/** One sign-in through next-auth's credentials endpoint, as the login form does. */
export async function signInOverHttp(
  base: string,
  options: { username: string; password: string; from: string; headers?: Record<string, string>; cookies?: string[] },
): Promise<SignInResult> {
  const csrf = await send(base, "GET", "/api/auth/csrf", { from: options.from, headers: options.headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = [...cookiesOf(csrf), ...(options.cookies ?? [])].join("; ");
  const answer = await send(base, "POST", "/api/auth/callback/credentials", {
    from: options.from,
    headers: { ...options.headers, "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, username: options.username, password: options.password, json: "true" }).toString(),
  });
  const { url } = JSON.parse(answer.body) as { url: string };
  return { error: new URL(url).searchParams.get("error"), cookies: cookiesOf(answer) };
}

/** An address of its own for a test: 127.<1-255>.x.y, never in 127.0.0.0/24 (the browser's 127.0.0.1, the pretend proxy 127.0.0.30). */
export function loopbackAddress(): string {
  const r = (n: number) => Math.floor(Math.random() * n);
  return `127.${1 + r(255)}.${r(256)}.${2 + r(250)}`;
}
