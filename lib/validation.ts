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

// PostgreSQL text and jsonb cannot hold the NUL character.
const noNul = (value: string) => !value.includes("\u0000");
export const nulMessage = (label: string) => `${label} chứa ký tự không hợp lệ (NUL).`;

/** A required text; trimmed, then checked. */
export const requiredText = (label: string, max = 500) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .trim()
    .min(1, `${label} là bắt buộc.`)
    .max(max, `${label} dài tối đa ${max} ký tự.`)
    .refine(noNul, nulMessage(label));

export const optionalText = (label: string, max = 5000) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .trim()
    .max(max, `${label} dài tối đa ${max} ký tự.`)
    .refine(noNul, nulMessage(label))
    .default("");

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

export const version = z.coerce
  .number({ error: "Thiếu phiên bản dữ liệu." })
  .int("Phiên bản dữ liệu không hợp lệ.")
  .min(1, "Phiên bản dữ liệu không hợp lệ.");
