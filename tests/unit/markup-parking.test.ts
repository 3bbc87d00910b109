// components/ui/markup.tsx parks a page's large markup between its RSC render
// and its HTML render, which takes it out once (markup-slot.tsx). What an HTML
// render never took (an aborted response) must not stay: entries older than a
// minute go when the next one is parked, and a full lot parks nothing more.
import { afterEach, describe, expect, it } from "vitest";
import { PARKED_CHARS_MAX, parkingLot, takeParked } from "@/components/ui/markup-parking";

import { parkMarkup } from "@/components/ui/markup";

afterEach(() => {
  parkingLot().entries.clear();
  parkingLot().chars = 0;
});

describe("parked markup", () => {
  it("gives each parking its own unguessable key, and hands the markup out once", () => {
    const a = parkMarkup("<tr><td>a</td></tr>", 1_000)!;
    const b = parkMarkup("<tr><td>a</td></tr>", 1_000)!;
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(takeParked(a)).toBe("<tr><td>a</td></tr>");
    expect(takeParked(a)).toBeUndefined();
    expect(parkingLot().chars).toBe("<tr><td>a</td></tr>".length);
  });

  it("drops what was parked over a minute ago and was never taken, and keeps the rest", () => {
    const old = parkMarkup("old", 0)!;
    const recent = parkMarkup("recent", 30_000)!;
    const fresh = parkMarkup("fresh", 61_000)!;
    expect(takeParked(old)).toBeUndefined();
    expect(parkingLot().entries.size).toBe(2);
    expect(parkingLot().chars).toBe("recent".length + "fresh".length);
    expect(takeParked(recent)).toBe("recent");
    expect(takeParked(fresh)).toBe("fresh");
  });

  it("parks nothing past its size (the caller then carries the markup in the payload), and parks again once room is made", () => {
    const big = "x".repeat(PARKED_CHARS_MAX / 2);
    const first = parkMarkup(big, 1_000)!;
    expect(parkMarkup(big, 1_000)).not.toBeNull();
    expect(parkMarkup("<p>one more</p>", 1_000)).toBeNull();
    takeParked(first);
    expect(parkMarkup("<p>one more</p>", 1_000)).not.toBeNull();
  });
});
