// Structured logs: one JSON line per event, never passwords or tokens.
type Fields = Record<string, unknown>;

const LEVELS = { info: 0, warn: 1, error: 2 } as const;

function write(level: "info" | "warn" | "error", message: string, fields: Fields) {
  const minimum = (process.env.KEHOACH_LOG_LEVEL ?? "info") as keyof typeof LEVELS;
  if (LEVELS[level] < (LEVELS[minimum] ?? 0)) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}

export function logInfo(message: string, fields: Fields = {}) {
  write("info", message, fields);
}

export function logError(message: string, error: unknown, fields: Fields = {}) {
  const err = error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
  write("error", message, { ...fields, ...err });
}
