// Where a page's static markup waits, on the server, between the RSC render
// that made it (components/ui/markup.tsx) and the HTML render of the same
// response (components/ui/markup-slot.tsx). Both run in one process but in
// different module graphs, so the lot hangs on globalThis.

const PARKED_MARKUP = "__kehoachParkedMarkup";

// An HTML render takes its markup at once; what is still here after this was never taken (an aborted response).
export const PARKED_FOR_MS = 60_000;
// Past this many characters waiting (about 64 MB), markup is carried in the payload instead: a flood of
// requests whose HTML is never rendered cannot grow the lot without bound.
export const PARKED_CHARS_MAX = 32 * 1024 * 1024;

type Lot = { entries: Map<string, { html: string; at: number }>; chars: number };

export function parkingLot(): Lot {
  const holder = globalThis as { [PARKED_MARKUP]?: Lot };
  return (holder[PARKED_MARKUP] ??= { entries: new Map(), chars: 0 });
}

/** The markup parked under `key`, taken out of the lot (undefined: none, or taken already). */
export function takeParked(key: string): string | undefined {
  const lot = parkingLot();
  const entry = lot.entries.get(key);
  if (!entry) return undefined;
  lot.entries.delete(key);
  lot.chars -= entry.html.length;
  return entry.html;
}
