import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CLIENT_ADDRESS_HEADER,
  UNKNOWN_ADDRESS,
  addressKey,
  clientAddressOf,
  markClientAddressServer,
  normalizeAddress,
  requestClientAddress,
  stampClientAddress,
  trustedProxies,
} from "@/lib/security/client-address";

const request = (socket: string | undefined, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress: socket }, headers: { ...headers } }) as unknown as Parameters<typeof clientAddressOf>[0];

describe("client address", () => {
  it("with no trusted proxy, is the socket's address whatever forwarding headers say", () => {
    const trust = trustedProxies(undefined);
    expect(clientAddressOf(request("203.0.113.9", { "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" }), trust)).toBe("203.0.113.9");
    expect(clientAddressOf(request("::ffff:127.0.0.2", { "x-forwarded-for": "1.2.3.4" }), trust)).toBe("127.0.0.2");
    expect(clientAddressOf(request(undefined), trust)).toBe(UNKNOWN_ADDRESS);
  });

  it("behind trusted proxies, walks X-Forwarded-For from the right and stops at the first untrusted hop", () => {
    const trust = trustedProxies("10.0.0.5, 192.168.1.0/24");
    // The client forged a first entry; the proxy appended the real one.
    expect(clientAddressOf(request("10.0.0.5", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" }), trust)).toBe("198.51.100.7");
    // Two trusted proxies in a row.
    expect(clientAddressOf(request("10.0.0.5", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 192.168.1.20" }), trust)).toBe("198.51.100.7");
    // A request that did not come through a trusted proxy keeps its socket address.
    expect(clientAddressOf(request("198.51.100.7", { "x-forwarded-for": "10.0.0.5" }), trust)).toBe("198.51.100.7");
    // The proxy sent nothing usable: the proxy itself.
    expect(clientAddressOf(request("10.0.0.5", { "x-forwarded-for": "unknown" }), trust)).toBe("10.0.0.5");
    expect(clientAddressOf(request("10.0.0.5"), trust)).toBe("10.0.0.5");
    // IPv4-mapped sockets match IPv4 ranges.
    expect(clientAddressOf(request("::ffff:10.0.0.5", { "x-forwarded-for": "2001:db8::1" }), trust)).toBe("2001:db8::1");
  });

  it("understands the named ranges and refuses a malformed setting", () => {
    const trust = trustedProxies("loopback");
    expect(clientAddressOf(request("127.0.0.1", { "x-forwarded-for": "198.51.100.7" }), trust)).toBe("198.51.100.7");
    expect(clientAddressOf(request("::1", { "x-forwarded-for": "198.51.100.7" }), trust)).toBe("198.51.100.7");
    expect(() => trustedProxies("10.0.0.0/99")).toThrow(/KEHOACH_TRUSTED_PROXIES/);
    expect(() => trustedProxies("proxy.example")).toThrow(/KEHOACH_TRUSTED_PROXIES/);
  });

  it("property: without trusted proxies no header changes the address", () => {
    const trust = trustedProxies("");
    fc.assert(
      fc.property(fc.ipV4(), fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string())), (socket, forwarded) => {
        expect(clientAddressOf(request(socket, { "x-forwarded-for": forwarded.join(", ") }), trust)).toBe(socket);
      }),
    );
  });

  it("the server overwrites any internal header the client sent", () => {
    const req = request("198.51.100.7", { [CLIENT_ADDRESS_HEADER]: "1.1.1.1" });
    stampClientAddress(req, trustedProxies(undefined));
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
  });

  it("the app trusts the internal header only behind the Kehoach server, and only when it is an address", () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" });
    expect(requestClientAddress(headers)).toBe(UNKNOWN_ADDRESS);
    markClientAddressServer();
    expect(requestClientAddress(headers)).toBe("198.51.100.7");
    expect(requestClientAddress({ [CLIENT_ADDRESS_HEADER]: "2001:db8::1" })).toBe("2001:db8::1");
    expect(requestClientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "evil, 1.1.1.1" }))).toBe(UNKNOWN_ADDRESS);
    expect(requestClientAddress(undefined)).toBe(UNKNOWN_ADDRESS);
  });

  it("counts IPv6 clients by their /64 and spells addresses one way", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("2001:0db8:0000:0000:0000:0000:0000:0001")).toBe("2001:db8::1");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb::9")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS);
  });
});
