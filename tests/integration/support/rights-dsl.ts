// The shape of a rights case, for server actions and for API routes, and the
// few helpers that keep the case tables short.
import type { Caller, RightsWorld } from "./rights-world";

// ---- Server actions ----

/** What a form would send: arrays and nested rows are turned into FormData by the runner. */
export type Input = Record<string, unknown>;
export type Build<T> = (t: T, w: RightsWorld) => Input | Promise<Input>;
/** A domain error code, SIGN_IN (requireUser's redirect to /login), or NO_CHANGE (succeeds, touching nothing of others). */
export type ActionRefusal = "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "SIGN_IN" | "NO_CHANGE";
export type Who = Caller | "signedOut";
export type Refused<T> = { who: Who[]; expect: ActionRefusal; input?: Build<T>; why?: string };

export type ActionCase<T = unknown> = {
  /** Makes what the calls aim at, in the case's own world. */
  setup: (w: RightsWorld) => Promise<T>;
  /** Built just before each call, so versions are current. */
  input: Build<T>;
  refused: Refused<T>[];
  /** Calls that must go through, after the refusals: they prove a refusal is not a missing field. `changes: false` for reads. */
  allowed?: { who: Caller; input?: Build<T>; redirectTo?: RegExp; changes?: false }[];
};

/** `why` names the rule when the callers alone do not say it. */
export const refuse = <T>(expect: ActionRefusal, who: Who[], input?: Build<T>, why?: string): Refused<T> => ({ expect, who, input, why });

/** Every action sends a signed-out caller to the sign-in page before it reads the input. */
export function actionCase<T>(c: ActionCase<T>): ActionCase {
  return { ...c, refused: [refuse<T>("SIGN_IN", ["signedOut"]), ...c.refused] } as ActionCase;
}

// ---- API routes ----

/** body: JSON; formData: a multipart upload. */
export type ApiRequest = { method: "GET" | "POST" | "PATCH" | "DELETE"; path: string; body?: unknown; formData?: FormData };
type Request<T> = (t: T, w: RightsWorld) => ApiRequest | Promise<ApiRequest>;
/**
 * anonymous: no credentials. crossSite / crossSiteFetch: the allowed caller's
 * session cookie on a request from another site (Origin, or only Sec-Fetch-Site).
 */
export type ApiWho = Caller | "anonymous" | "crossSite" | "crossSiteFetch";
export type ApiRefused<T> = { who: ApiWho[]; status: 401 | 403 | 404 | 422; request?: Request<T> };

/** A route that needs credentials: reads (GET) or writes. */
export type GuardedRoute<T> = {
  setup: (w: RightsWorld) => Promise<T>;
  request: Request<T>;
  refused: ApiRefused<T>[];
  /** Lists: these callers get 200 but none of the ids (rows they may not read), also when they filter for them. */
  scoped?: { who: Caller[]; hidden: (t: T) => string[]; request?: Request<T> }[];
  /** The same request from a caller who may: its status, and for reads ids it must contain. */
  allowed: { who: Caller; status: number; sees?: (t: T) => string[] };
};

export type ApiCase<T = unknown> = { kind: "public"; why: string; request: ApiRequest } | ({ kind: "read" | "write" } & GuardedRoute<T>);

export const status = <T>(code: ApiRefused<T>["status"], who: ApiWho[], request?: Request<T>): ApiRefused<T> => ({ status: code, who, request });

/** Reads refuse a caller without credentials; rows they may not read are 404 or left out. */
export function readCase<T>(c: GuardedRoute<T>): ApiCase {
  return { kind: "read", ...c, refused: [status<T>(401, ["anonymous"]), ...c.refused] } as ApiCase;
}

/** Writes also refuse a session cookie sent from another site. */
export function writeCase<T>(c: GuardedRoute<T>): ApiCase {
  return { kind: "write", ...c, refused: [status<T>(401, ["anonymous"]), status<T>(403, ["crossSite", "crossSiteFetch"]), ...c.refused] } as ApiCase;
}
