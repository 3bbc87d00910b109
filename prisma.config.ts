import { defineConfig } from "prisma/config";

// The URL is read from the environment directly (not with env()) so that
// `prisma generate` works during `npm install`, before any database exists.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
