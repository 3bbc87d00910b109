// Where a page's static markup waits, on the server, between the RSC render
// that made it (components/ui/markup.tsx) and the HTML render of the same
// response (components/ui/markup-slot.tsx). Both run in one process but in
// different module graphs, so the store hangs on globalThis.

export const PARKED_MARKUP = "__kehoachParkedMarkup";

export type ParkedMarkup = Map<string, { html: string; at: number }>;
