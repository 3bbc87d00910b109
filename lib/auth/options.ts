import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authSecret, serverEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { logError } from "@/lib/log";
import { cookies } from "next/headers";
import { retryAfterSeconds, signInWithPassword } from "@/lib/auth/sign-in";
import { deviceId, rememberDevice } from "@/lib/auth/device";
import { tooManyAttemptsCode } from "@/lib/auth/sign-in-errors";
import { requestClientAddress } from "@/lib/security/client-address";
import { endSession, startSession } from "@/lib/sessions/service";
import { decodeSessionToken } from "@/lib/auth/session-token";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

// next-auth is configured here and nowhere else: the one place that
// authenticates. Authorization lives in the domain access modules.
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  // Decoding is kept per cookie value (lib/auth/session-token.ts); encoding is next-auth's own.
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS, decode: decodeSessionToken },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Tên đăng nhập",
      credentials: {
        username: { label: "Tên đăng nhập", type: "text" },
        password: { label: "Mật khẩu", type: "password" },
      },
      async authorize(credentials, req) {
        serverEnv();
        const jar = await cookies();
        const device = deviceId(jar);
        try {
          const user = await signInWithPassword(db, {
            username: String(credentials?.username ?? ""),
            password: String(credentials?.password ?? ""),
            address: requestClientAddress(req?.headers),
            device,
          });
          rememberDevice(jar, device);
          return { id: user.id, sessionVersion: user.sessionVersion };
        } catch (error) {
          // next-auth passes the message of a thrown error to the sign-in page as ?error=
          if (isAppError(error)) throw new Error(error.code === "RATE_LIMITED" ? tooManyAttemptsCode(retryAfterSeconds(error)) : "CredentialsSignin");
          // Anything else is ours to log; its message must not travel in the address bar.
          if (!isDatabaseUnavailable(error)) logError("sign-in failed", error);
          throw new Error("SignInUnavailable");
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        // The server's record of this sign-in (lib/sessions): signing out deletes it.
        token.sid = await startSession(db, user.id, SESSION_MAX_AGE_SECONDS);
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      session.sid = token.sid;
      return session;
    },
  },
  events: {
    // The sign-out button (lib/auth/browser.ts signOutTo(), next-auth's signout endpoint) lands here before the cookie is cleared.
    async signOut({ token }) {
      if (token?.sid) await endSession(db, token.sid);
    },
  },
};
