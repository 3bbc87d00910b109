import "next-auth";
import "next-auth/jwt";

// uid: the user; sv: their session version at sign-in; sid: the Session row of this sign-in.
declare module "next-auth" {
  interface Session {
    uid?: string;
    sv?: number;
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    sid?: string;
  }
}
