// Structured logs: one JSON line per event (time, level, message, then the
// fields: request id, user id, route, duration …). Secrets never reach a line:
// fields with secret-looking names are dropped and token-looking strings
// masked, whoever passed them.
import { logLevel } from "@/lib/env";

type Fields = Record<string, unknown>;

const LEVELS = { info: 0, warn: 1, error: 2 } as const;

const SECRET_FIELD = /pass(word)?|secret|token|authorization|cookie|session|hash/i;
const SECRET_VALUES: [RegExp, string][] = [
  [/\bkh_[A-Za-z0-9_-]{8,}/g, "kh_…"], // API tokens
  [/(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/gi, "$1…@"], // passwords in connection strings
  [/\b(Bearer)\s+[A-Za-z0-9._~+/-]+=*/gi, "$1 …"],
];

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return SECRET_VALUES.reduce((text, [pattern, mask]) => text.replace(pattern, mask), value);
  if (!value || typeof value !== "object" || depth > 4) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Fields)
      .filter(([key]) => !SECRET_FIELD.test(key))
      .map(([key, inner]) => [key, scrub(inner, depth + 1)]),
  );
}

/** The line a log call writes (exported for tests). */
export function logLine(level: keyof typeof LEVELS, message: string, fields: Fields): string {
  return JSON.stringify({ time: new Date().toISOString(), level, message: scrub(message), ...(scrub(fields) as Fields) });
}

function write(level: keyof typeof LEVELS, message: string, fields: Fields) {
  if (LEVELS[level] < LEVELS[logLevel()]) return;
  const line = logLine(level, message, fields);
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}

export function logInfo(message: string, fields: Fields = {}) {
  write("info", message, fields);
}

export function logWarn(message: string, fields: Fields = {}) {
  write("warn", message, fields);
}

export function logError(message: string, error: unknown, fields: Fields = {}) {
  const err = error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
  write("error", message, { ...fields, ...err });
}
