import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

const ORIGIN = "http://localhost:3000";
const HOME = `${ORIGIN}/`;
const LOGIN = `${ORIGIN}/login`;

/** Where a browser goes when the login page calls location.assign(result). */
const destination = (result: string) => new URL(result, LOGIN);

// Pieces of hostile callbacks: ways to start a URL that browsers read as
// another host or scheme, userinfo, hosts including look-alikes, tails.
const starts = [
  "", "/", "\\", "/\\", "\\/", "\\\\", "//", "///", "/\t/", "/\n/", "/\r/", "\t//", " //", "/ /", "/./", "/.//", "/..//",
  "/%2F", "/%2f/", "%2F%2F", "/%5C", "/%5c/", "/%09/", "%0A//", "\u0000//", "\u3000//",
  "javascript:", "JavaScript:", "java\tscript:", "javascript://%0a", "data:text/html,", "vbscript:", "blob:",
  "http:", "https:", "HTTP://", "http:/", "https:\\\\", "http:\\\\", "ftp://", "//\\", "\\/\\",
];
const userinfo = ["", "user@", "localhost:3000@", "localhost@", "a:b@", "%40@"];
const hosts = [
  "evil.example", "evil.example:3000", "evil.example:80", "ｅｖｉｌ.example", "evil。example", "evil%2Eexample",
  "127.0.0.1:3000", "localhost:3001", "[::1]:3000", "0x7f.1:3000", "xn--vil-jpa.example", "evіl.example", "alert(1)",
];
const tails = ["", "/phish", "/\\phish", "?next=/", "#x", "/../..", "@evil.example"];
const noise = ["\t", "\n", "\r", " ", "\u00a0", "\u200b", "\\", "/", "%2F", "%5C"];

const hostile = fc
  .tuple(fc.constantFrom(...starts), fc.constantFrom(...userinfo), fc.constantFrom(...hosts), fc.constantFrom(...tails), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...noise)), { maxLength: 3 }))
  .map(([start, user, host, tail, inserts]) => {
    let value = `${start}${user}${host}${tail}`;
    for (const [at, char] of inserts) {
      const i = at % (value.length + 1);
      value = value.slice(0, i) + char + value.slice(i);
    }
    return value;
  });

describe("safeCallbackUrl", () => {
  it("the issue's examples stay on the site", () => {
    for (const value of ["/\\evil.example/phish", "/\t/evil.example", "/.//evil.example", "//evil.example", "javascript:alert(1)", "https://evil.example/"]) {
      expect(destination(safeCallbackUrl(value, ORIGIN)).origin).toBe(ORIGIN);
    }
    expect(destination(safeCallbackUrl("/\\evil.example/phish", ORIGIN)).href).toBe(HOME);
    expect(destination(safeCallbackUrl("/\t/evil.example", ORIGIN)).href).toBe(HOME);
  });

  it("keeps a path of this site, with its query and fragment", () => {
    expect(destination(safeCallbackUrl("/plans?year=2022#p1", ORIGIN)).href).toBe(`${ORIGIN}/plans?year=2022#p1`);
    expect(destination(safeCallbackUrl(`${ORIGIN}/my-work`, ORIGIN)).href).toBe(`${ORIGIN}/my-work`);
    expect(destination(safeCallbackUrl(undefined, ORIGIN)).href).toBe(HOME);
    expect(destination(safeCallbackUrl("", ORIGIN)).href).toBe(HOME);
  });

  it("property: whatever hostile variant comes in, the browser stays on this site; one that points elsewhere goes home", () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const result = safeCallbackUrl(value, ORIGIN);
        expect(destination(result).origin).toBe(ORIGIN);
        let target: URL | null = null;
        try {
          target = new URL(value, LOGIN);
        } catch {
          // unparsable: must go home
        }
        if (!target || target.origin !== ORIGIN) expect(destination(result).href).toBe(HOME);
      }),
      { numRuns: 3000 },
    );
  });

  it("property: any string of URL-significant and other characters never leads off the site", () => {
    const unit = fc.oneof(fc.constantFrom("/", "\\", "\t", "\n", "\r", " ", ".", ":", "@", "%", "?", "#", "\u0000", "\u00a0", "\u3002", "\uff0f", "\u2215"), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (value) => {
        expect(destination(safeCallbackUrl(value, ORIGIN)).origin).toBe(ORIGIN);
        expect(destination(safeCallbackUrl(`/${value}`, ORIGIN)).origin).toBe(ORIGIN);
      }),
      { numRuns: 1000 },
    );
  });

  it("property: a same-site path comes back as that path", () => {
    // Path segments and a query from URL-safe characters, Vietnamese letters and a few that need escaping.
    const unit = fc.constantFrom(..."abcxyz019-._~đạế", "%20", "%2F", "=", "&", ",", "'", "(", ")", "+");
    const segment = fc.string({ unit, minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 5 }), fc.option(segment, { nil: undefined }), (segments, query) => {
        const value = `/${segments.join("/")}${query ? `?${query}` : ""}`;
        const expected = new URL(value, LOGIN);
        fc.pre(expected.origin === ORIGIN);
        const result = destination(safeCallbackUrl(value, ORIGIN));
        expect(result.pathname + result.search).toBe(expected.pathname + expected.search);
      }),
      { numRuns: 1000 },
    );
  });
});
