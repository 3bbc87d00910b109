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

/** A required single-line text; FormData gives strings, so trim and check. */
export const requiredText = (label: string, max = 500) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .trim()
    .min(1, `${label} là bắt buộc.`)
    .max(max, `${label} dài tối đa ${max} ký tự.`);

export const optionalText = (label: string, max = 5000) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .trim()
    .max(max, `${label} dài tối đa ${max} ký tự.`)
    .default("");

export const calendarDate = (label: string) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .trim()
    .min(1, `${label} là bắt buộc.`)
    .refine(isCalendarDate, `${label} không phải ngày hợp lệ (dd/mm/yyyy).`);

export const uuid = (label = "Mã") => z.uuid({ error: `${label} không hợp lệ.` });

/** A checkbox: present ("on") or absent in FormData; also true/false in JSON. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const version = z.coerce
  .number({ error: "Thiếu phiên bản dữ liệu." })
  .int("Phiên bản dữ liệu không hợp lệ.")
  .min(1, "Phiên bản dữ liệu không hợp lệ.");
