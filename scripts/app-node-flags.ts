// The app server's V8 flags: scripts/start.ts starts it with them, and the
// bench's server (bench/steps/server.ts) too, so that the bench measures what
// production runs.
//
// --max-semi-space-size=64: the young generation's two halves at 64 MB each
// instead of 16. A heavy page builds large short-lived strings (a plan's
// phase tables are 150 KB of markup, read from the cache and written into
// the HTML on every view); with small halves they outlive a scavenge and are
// copied, promoted and collected again. Measured with `npm run bench:profile`
// on the bench's largest plan page, alternating runs: 54.7 and 68.9 req/s
// without, 90.3 and 90.0 with (server time alone 21.3 / 18.0 ms against
// 14.5 / 13.8); the floor page unchanged (194 / 181 against 190 / 176 req/s).
// The price is up to 96 MB more memory per instance.
export const APP_NODE_FLAGS = ["--max-semi-space-size=64"];
