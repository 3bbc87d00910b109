// components/ui/markup.tsx parks a page's large markup between its RSC render
// and its HTML render. What an HTML render never took (an aborted response)
// must not stay: entries older than a minute go when the next one is parked.
import { afterEach, describe, expect, it, vi } from "vitest";
import { PARKED_MARKUP, type ParkedMarkup } from "@/components/ui/markup-parking";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
const { parkMarkup } = await import("@/components/ui/markup");

const lot = () => (globalThis as { [PARKED_MARKUP]?: ParkedMarkup })[PARKED_MARKUP]!;

afterEach(() => lot().clear());

describe("parked markup", () => {
  it("gives each parking its own unguessable key and keeps the markup under it", () => {
    const a = parkMarkup("<tr><td>a</td></tr>", 1_000);
    const b = parkMarkup("<tr><td>a</td></tr>", 1_000);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(lot().get(a)?.html).toBe("<tr><td>a</td></tr>");
  });

  it("drops what was parked over a minute ago and was never taken, and keeps the rest", () => {
    const old = parkMarkup("old", 0);
    const recent = parkMarkup("recent", 30_000);
    const fresh = parkMarkup("fresh", 61_000);
    expect(lot().has(old)).toBe(false);
    expect(lot().has(recent)).toBe(true);
    expect(lot().has(fresh)).toBe(true);
    expect(lot().size).toBe(2);
  });
});
