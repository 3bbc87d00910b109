// What a failed sign-in says. next-auth hands the sign-in page only a string
// (?error=…), so a refusal that must name its wait travels as a code plus the
// seconds ("TooManyAttempts:120"), and the form turns it into the message.
// Shared by the server (lib/auth/options.ts) and the login form.

export const SIGN_IN_MESSAGES = {
  INVALID: "Tên đăng nhập hoặc mật khẩu không đúng.",
  SESSION_REQUIRED: "Vui lòng đăng nhập để tiếp tục.",
  GENERIC: "Không đăng nhập được lúc này. Vui lòng thử lại.",
} as const;

const TOO_MANY = "TooManyAttempts";

/** "45 giây", "2 phút", "15 phút": seconds up to a minute and a half, whole minutes (rounded up) beyond; a no-break space keeps number and unit on one line. */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  return s <= 90 ? `${s}\u00a0giây` : `${Math.ceil(s / 60)}\u00a0phút`;
}

export function tooManyAttemptsMessage(seconds: number): string {
  return `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${formatWait(seconds)}.`;
}

/** The error code next-auth carries to the sign-in page for a refusal that must wait. */
export function tooManyAttemptsCode(seconds: number): string {
  return `${TOO_MANY}:${Math.max(1, Math.ceil(seconds))}`;
}

/** The message for next-auth's error code (from signIn() or ?error=). */
export function signInErrorMessage(code: string | null | undefined): string {
  if (code === "CredentialsSignin") return SIGN_IN_MESSAGES.INVALID;
  if (code === "SessionRequired") return SIGN_IN_MESSAGES.SESSION_REQUIRED;
  const wait = code ? new RegExp(`^${TOO_MANY}:(\\d{1,6})$`).exec(code) : null;
  if (wait) return tooManyAttemptsMessage(Number(wait[1]));
  return SIGN_IN_MESSAGES.GENERIC;
}
