// Who is on the other end of a request. Forwarding headers are client input:
// anyone can send "X-Forwarded-For: 1.2.3.4". Only the Kehoach server
// (scripts/server.ts) sees the TCP socket, so it decides the address, from the
// socket and from X-Forwarded-For hops added by proxies the operator trusts
// (KEHOACH_TRUSTED_PROXIES), and hands it to the app in one internal header
// that it always overwrites. The app reads that header and nothing else.
import type { IncomingMessage } from "node:http";
import { isIPv4 } from "node:net";
import proxyaddr from "proxy-addr";
import ipaddr from "ipaddr.js";

export const CLIENT_ADDRESS_HEADER = "x-kehoach-client-address";
/** The address when the request did not come through the Kehoach server (e.g. a bare `next start`). */
export const UNKNOWN_ADDRESS = "unknown";

// Set in the server process once it owns the header; Next.js runs the app in
// the same process, so the app can tell whether the header is ours.
const SERVER_MARK = Symbol.for("kehoach.client-address-server");
type Marked = { [SERVER_MARK]?: true };

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * KEHOACH_TRUSTED_PROXIES: addresses and CIDR ranges separated by commas or
 * spaces, plus the names loopback, linklocal and uniquelocal. Unset or empty:
 * no proxy is trusted and X-Forwarded-For is ignored.
 */
export function trustedProxies(spec: string | undefined): TrustProxy {
  const entries = (spec ?? "").split(/[\s,]+/).filter(Boolean);
  if (!entries.length) return () => false;
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new Error(`KEHOACH_TRUSTED_PROXIES không hợp lệ (${(error as Error).message}). Ví dụ: KEHOACH_TRUSTED_PROXIES=10.0.0.5,192.168.1.0/24 hoặc loopback.`);
  }
}

/** One spelling per address: IPv4-mapped IPv6 (::ffff:10.0.0.1) as IPv4, IPv6 compressed. */
export function normalizeAddress(address: string): string {
  // The usual cases without a full parse: a socket's IPv4 address, plain or mapped.
  if (isIPv4(address)) return address;
  if (address.startsWith("::ffff:") && isIPv4(address.slice(7))) return address.slice(7);
  if (!ipaddr.isValid(address)) return address;
  return ipaddr.process(address).toString();
}

/**
 * The client of a request: the socket's address, or, when the socket is a
 * trusted proxy, X-Forwarded-For walked from the right while the hops are
 * trusted; the first untrusted hop is the client.
 */
export function clientAddressOf(req: Pick<IncomingMessage, "headers" | "socket">, trust: TrustProxy): string {
  const socket = req.socket?.remoteAddress;
  if (!socket) return UNKNOWN_ADDRESS;
  // Most requests: no forwarding header, or not from a trusted proxy.
  if (!req.headers["x-forwarded-for"] || !trust(socket, 0)) return normalizeAddress(socket);
  const address = proxyaddr(req as IncomingMessage, trust);
  // A hop a trusted proxy wrote that is not an address: keep the proxy's own.
  return normalizeAddress(ipaddr.isValid(address) ? address : socket);
}

/** For the server: replaces whatever the client sent in the internal header with the address it computed. */
export function stampClientAddress(req: Pick<IncomingMessage, "headers" | "socket">, trust: TrustProxy): string {
  const address = clientAddressOf(req, trust);
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}

/** Called once by the server that stamps every request. */
export function markClientAddressServer() {
  (globalThis as Marked)[SERVER_MARK] = true;
}

type HeaderSource = Headers | Record<string, unknown> | undefined;

/** For the app: the client's address as the Kehoach server saw it. */
export function requestClientAddress(headers: HeaderSource): string {
  if (!(globalThis as Marked)[SERVER_MARK] || !headers) return UNKNOWN_ADDRESS;
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && ipaddr.isValid(value) ? value : UNKNOWN_ADDRESS;
}

/**
 * The key failures and requests are counted under. An IPv6 client usually
 * holds a whole /64 and can change address within it at will, so IPv6
 * addresses count by their /64 network.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(":")}::/64`;
}
