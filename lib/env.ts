// The app's environment, read in this one place and parsed with zod. The
// required values are checked once, on first use (not at build time); the
// optional settings are read when used, so an operator's or a test's change
// applies without a restart, and an unusable value falls back to its default.
// (scripts/, bench/, prisma.config.ts and playwright.config.ts run before or
// outside the app and read their own variables.)
import { z } from "zod";

const publicUrlSchema = z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL phải là địa chỉ http(s) đầy đủ" });
const rateLimitSchema = z.coerce.number().int().min(1, "KEHOACH_API_RATE_LIMIT phải là số nguyên dương");
const logLevelSchema = z.enum(["info", "warn", "error"], { error: "KEHOACH_LOG_LEVEL là info, warn hoặc error" });
const onOffSchema = z.enum(["0", "1"], { error: "phải là 0 hoặc 1" });
const smtpUrlSchema = z.url({ protocol: /^smtps?$/, error: "SMTP_URL phải có dạng smtp://người-dùng:mật-khẩu@máy-chủ:587 hoặc smtps://…:465" });
// "Kehoach <kehoach@so.gov.vn>" or a bare address.
const mailFromSchema = z
  .string()
  .trim()
  .regex(/^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, "MAIL_FROM phải là địa chỉ thư, ví dụ \"Kehoach <kehoach@so.gov.vn>\"");

const serverEnvSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL chưa được đặt"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET phải dài ít nhất 16 ký tự"),
  // Set by `npm start` when it runs on the embedded database with demo data.
  KEHOACH_DEMO: onOffSchema.default("0"),
  // The optional settings, checked here too so a typo stops the start with a clear message.
  NEXTAUTH_URL: publicUrlSchema.optional(),
  KEHOACH_API_RATE_LIMIT: rateLimitSchema.optional(),
  KEHOACH_LOG_LEVEL: logLevelSchema.optional(),
  KEHOACH_REMINDERS: onOffSchema.optional(),
  SMTP_URL: smtpUrlSchema.optional(),
  MAIL_FROM: mailFromSchema.optional(),
  KEHOACH_CACHE_MB: z.coerce.number().int().min(0, "KEHOACH_CACHE_MB là số MB, 0 để tắt bộ nhớ đệm").optional(),
  KEHOACH_JOB_TICK_MS: z.coerce.number().int().min(100, "KEHOACH_JOB_TICK_MS phải là số mili giây, ít nhất 100").optional(),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;
let parsed: ServerEnv | undefined;

/** AUTH_SECRET, or next-auth's older name for it. */
export const authSecret = (): string | undefined => process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;

/** The server's environment, checked once on first use (not at build time). */
export function serverEnv(): ServerEnv {
  if (!parsed) {
    const result = serverEnvSchema.safeParse({ ...process.env, AUTH_SECRET: authSecret() });
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Cấu hình môi trường không hợp lệ:\n${problems.join("\n")}`);
    }
    parsed = result.data;
  }
  return parsed;
}

/** A setting read when used: parsed again only when its raw value changed. */
function setting<T>(read: () => string | undefined, schema: z.ZodType<T>, fallback: T): () => T {
  let last: { raw: string | undefined; value: T } | undefined;
  return () => {
    const raw = read();
    if (!last || last.raw !== raw) {
      const result = raw === undefined ? undefined : schema.safeParse(raw);
      last = { raw, value: result?.success ? result.data : fallback };
    }
    return last.value;
  };
}

/** The public address (NEXTAUTH_URL) without a trailing slash, when set. */
export const publicBaseUrl = setting(() => process.env.NEXTAUTH_URL, publicUrlSchema.transform((url) => url.replace(/\/$/, "")), undefined as string | undefined);

/** API requests per minute per caller. */
export const apiRateLimit = setting(() => process.env.KEHOACH_API_RATE_LIMIT, rateLimitSchema, 600);

/** The lowest level of log lines written. */
export const logLevel = setting(() => process.env.KEHOACH_LOG_LEVEL, logLevelSchema, "info" as z.infer<typeof logLevelSchema>);

/** Demo mode: `npm start` on the embedded database with the demo data (the login page lists the demo accounts). */
export const isDemo = setting(() => process.env.KEHOACH_DEMO, onOffSchema.transform((v) => v === "1"), false);

/** A database is configured (not so during `next build`): the scheduled jobs run only then. */
export const hasDatabase = () => Boolean(process.env.DATABASE_URL);

/** The reminder job runs where there is a database, unless KEHOACH_REMINDERS=0. */
const reminders = setting(() => process.env.KEHOACH_REMINDERS, onOffSchema, "1");
export const remindersEnabled = () => hasDatabase() && reminders() !== "0";

/** How often an instance looks for due jobs (tests use a short one). */
export const jobTickMs = setting(() => process.env.KEHOACH_JOB_TICK_MS, z.coerce.number().int().min(100), 60_000);

/** Memory for each instance's cache of rendered fragments and shared values (lib/cache/), in MB; 0 turns it off. */
export const cacheMegabytes = setting(() => process.env.KEHOACH_CACHE_MB, z.coerce.number().int().min(0), 64);

/** The site is served over HTTPS (NEXTAUTH_URL says so): cookies are then Secure. */
export const servedOverHttps = () => publicBaseUrl()?.startsWith("https://") ?? false;

/** `next dev` (Next.js sets NODE_ENV). */
export const isDevelopment = () => process.env.NODE_ENV === "development";

/** The SMTP server mail goes through; unset (demo mode): mail stays in the outbox (/settings/outbox). */
export const smtpUrl = setting(() => process.env.SMTP_URL || undefined, smtpUrlSchema, undefined as string | undefined);

/** The sender of the app's mail. */
export const mailFrom = setting(() => process.env.MAIL_FROM || undefined, mailFromSchema, "Kehoach <kehoach@localhost>");

/** Absolute links in mail: the public address, else what `npm start` serves locally. */
export const mailBaseUrl = () => publicBaseUrl() ?? `http://localhost:${process.env.PORT ?? 3000}`;
