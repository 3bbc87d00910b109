// Shared zod building blocks with Vietnamese messages, used by forms, actions and the API.
import { z } from "zod";
import { isCalendarDate } from "@/lib/dates";
import type { FieldErrors } from "@/lib/errors";

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}

// Text PostgreSQL cannot store: NUL in text and jsonb, and a lone UTF-16
// surrogate ("\ud800", half of an emoji) in jsonb, where the audit log keeps
// every change. Neither is anything a person typed: both are refused.
const NUL = /\u0000/;
const LONE_SURROGATE = /\p{Surrogate}/u;
const noNul = (value: string) => !NUL.test(value);
const wellFormed = (value: string) => !LONE_SURROGATE.test(value);
export const nulMessage = (label: string) => `${label} chứa ký tự không hợp lệ (NUL).`;
export const surrogateMessage = (label: string) =>
  `${label} chứa ký tự không hợp lệ (nửa ký tự UTF-16 bị cắt rời, thường là một biểu tượng cảm xúc bị cắt). Hãy xóa rồi gõ lại ký tự đó.`;

/** Refuses NUL and lone surrogates, naming the field. Every text of every schema goes through it. */
export function storableText<T extends z.ZodString>(schema: T, label: string): T {
  return schema.refine(noNul, nulMessage(label)).refine(wellFormed, surrogateMessage(label)) as T;
}

/** A required text; trimmed, then checked. */
export const requiredText = (label: string, max = 500) =>
  storableText(
    z
      .string({ error: `${label} là bắt buộc.` })
      .trim()
      .min(1, `${label} là bắt buộc.`)
      .max(max, `${label} dài tối đa ${max} ký tự.`),
    label,
  );

export const optionalText = (label: string, max = 5000) =>
  storableText(
    z
      .string({ error: `${label} không hợp lệ.` })
      .trim()
      .max(max, `${label} dài tối đa ${max} ký tự.`),
    label,
  ).default("");

export const calendarDate = (label: string) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .trim()
    .min(1, `${label} là bắt buộc.`)
    .refine(isCalendarDate, `${label} không phải ngày hợp lệ (dd/mm/yyyy).`);

export const uuid = (label = "Mã") => z.uuid({ error: `${label} không hợp lệ.` });

/** A checkbox: present ("on") or absent in FormData; true/false in JSON. */
export const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false"])])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

/** An optional reference: absent or null both mean none. */
export const nullableId = (label: string) =>
  uuid(label)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/** An optional calendar date: absent or null both mean none. */
export const nullableDate = (label: string) =>
  calendarDate(label)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/**
 * What a browser sends for a file input left empty: one file of 0 bytes with
 * an empty name (filename=""), which React's decoding of a server action's
 * multipart body turns into the name "undefined".
 */
export function isNoFileChosen(value: unknown): boolean {
  return value instanceof Blob && value.size === 0 && ["", "undefined"].includes(fileNameOf(value));
}

export function fileNameOf(file: Blob): string {
  return "name" in file && typeof file.name === "string" ? file.name : "";
}

export const emptyFileMessage = (name: string) =>
  `Tệp “${name || "không tên"}” trống (0 byte): không có nội dung để lưu. Hãy mở lại tệp gốc, kiểm tra rồi chọn lại.`;

export const version = z.coerce
  .number({ error: "Thiếu phiên bản dữ liệu." })
  .int("Phiên bản dữ liệu không hợp lệ.")
  .min(1, "Phiên bản dữ liệu không hợp lệ.");

const MAX_UNSTORABLE_REPORTED = 20;
const MAX_PATH_REPORTED = 32;

type Frame = { value: unknown; key: string | null; parent: Frame | null };

function pathOf(frame: Frame): string {
  const keys: string[] = [];
  for (let at: Frame | null = frame; at?.key != null; at = at.parent) keys.push(at.key);
  keys.reverse();
  const shown = keys.length > MAX_PATH_REPORTED ? [...keys.slice(0, MAX_PATH_REPORTED), "…"] : keys;
  return shown.length ? shown.map((key) => key.replace(/\p{Surrogate}/gu, "\ufffd").replaceAll("\u0000", "")).join(".") : "_form";
}

/**
 * Every string (and object key) of a raw input, wherever it sits, that holds
 * NUL or a lone surrogate: the net under the schemas, for a field that does
 * not use the helpers above (a URL, a password, a key the schema ignores).
 * Walks without recursion and without copying paths: a JSON body of 1 MB may
 * nest half a million levels.
 */
export function unstorableTextErrors(input: unknown): FieldErrors | null {
  const errors: FieldErrors = {};
  let found = 0;
  const check = (text: string, frame: Frame) => {
    const problem = !noNul(text) ? nulMessage("Trường này") : !wellFormed(text) ? surrogateMessage("Trường này") : null;
    if (!problem) return;
    found += 1;
    (errors[pathOf(frame)] ??= []).push(problem);
  };
  const stack: Frame[] = [{ value: input, key: null, parent: null }];
  while (stack.length && found < MAX_UNSTORABLE_REPORTED) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (typeof value === "string") check(value, frame);
    else if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, key: String(index), parent: frame }));
    else if (value && typeof value === "object" && !(value instanceof Blob) && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) {
        const child = { value: item, key, parent: frame };
        check(key, child);
        stack.push(child);
      }
    }
  }
  return found ? errors : null;
}

export type ParsedInput<T> = { success: true; data: T } | { success: false; fieldErrors: FieldErrors };

/**
 * The one way the edges (server actions, API bodies and queries) read input:
 * the schema's own messages first, then any unstorable text the schema let
 * through, at its own path.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): ParsedInput<z.output<S>> {
  const parsed = schema.safeParse(raw);
  const unstorable = unstorableTextErrors(raw);
  if (parsed.success && !unstorable) return { success: true, data: parsed.data };
  const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
  for (const [key, messages] of Object.entries(unstorable ?? {})) {
    const reported = Object.keys(errors).some((other) => other === key || other.startsWith(`${key}.`));
    if (!reported) errors[key] = messages;
  }
  return { success: false, fieldErrors: errors };
}
