import { z } from "zod";

const serverEnvSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL chưa được đặt"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET phải dài ít nhất 16 ký tự"),
  // Set by `npm start` when it runs on the embedded database with demo data.
  KEHOACH_DEMO: z.enum(["0", "1"]).default("0"),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;
let parsed: ServerEnv | undefined;

/** The server's environment, checked once on first use (not at build time). */
export function serverEnv(): ServerEnv {
  if (!parsed) {
    const result = serverEnvSchema.safeParse({
      ...process.env,
      AUTH_SECRET: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
    });
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Cấu hình môi trường không hợp lệ:\n${problems.join("\n")}`);
    }
    parsed = result.data;
  }
  return parsed;
}

export const isDemo = () => process.env.KEHOACH_DEMO === "1";
