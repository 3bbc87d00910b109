import "server-only";
import { randomUUID } from "node:crypto";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { MarkupSlot, type MarkupSlotProps } from "@/components/ui/markup-slot";
import { PARKED_CHARS_MAX, PARKED_FOR_MS, parkingLot } from "@/components/ui/markup-parking";
import { HTML_ANSWER_HEADER } from "@/lib/security/front-door";

// Below this, carrying the markup twice costs less than the key and the lookup.
const PARK_FROM = 2048;

/** Parks markup for this response's HTML render; returns its key, or null when the lot is full. */
export function parkMarkup(html: string, now = Date.now()): string | null {
  const lot = parkingLot();
  for (const [key, entry] of lot.entries) {
    if (now - entry.at < PARKED_FOR_MS) break; // insertion order: the rest are younger
    lot.entries.delete(key);
    lot.chars -= entry.html.length;
  }
  if (lot.chars + html.length > PARKED_CHARS_MAX) return null;
  const key = randomUUID();
  lot.entries.set(key, { html, at: now });
  lot.chars += html.length;
  return key;
}

/**
 * Whether this request is answered with HTML: the front door marks a document
 * request (lib/security/front-door.ts; Next.js hides its own `rsc` header from
 * pages). Unmarked, the payload carries the markup: always correct.
 *
 * Read from the request's store, as headers() reads it, but synchronously: an
 * async Markup was a lazy row of the RSC payload, and the HTML render stopped
 * at each one and wrote what followed as a segment of its own, moved into
 * place by a script (9 such segments on the bench's largest plan page). Outside
 * a request's render (a "use cache" scope, a prerender) it answers no.
 */
function answeredWithHtml(): boolean {
  const store = workUnitAsyncStorage.getStore();
  return store?.type === "request" && store.headers.get(HTML_ANSWER_HEADER) === "1";
}

/**
 * Static markup (lib/html.ts) as the content of one element. A page's large
 * cached fragments (a plan's rows, the Gantt, a unit's work) were written
 * twice into the HTML: as markup, and again in the RSC payload inlined for
 * hydration. Here the payload of an HTML response carries a key instead, and
 * the HTML render takes the markup from the server's parking (MarkupSlot).
 */
export function Markup({ html, ...props }: Omit<MarkupSlotProps, "parked" | "html"> & { html: string }) {
  const parked = html.length >= PARK_FROM && answeredWithHtml() ? parkMarkup(html) : null;
  return parked === null ? <MarkupSlot {...props} html={html} /> : <MarkupSlot {...props} parked={parked} />;
}
