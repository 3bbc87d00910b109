// Calling a server action the way Next.js does after decoding the request: a
// form's FormData, or (React's encodeReply of a plain object) the object itself.
import type { FormState } from "@/lib/form-state";
import type { ActionRefusal, Input } from "./rights-dsl";
import type { Action } from "./rights-discovery";

/** As the browser sends it: lists as `name[]`, rows as `name.0.field`. */
export function toFormData(input: Input): FormData {
  const form = new FormData();
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (value instanceof Blob) form.append(key, value);
    else if (Array.isArray(value)) value.forEach((item, i) => add(typeof item === "object" ? `${key}.${i}` : `${key}[]`, item));
    else if (typeof value === "object") for (const [field, v] of Object.entries(value)) add(`${key}.${field}`, v);
    else form.append(key, String(value));
  };
  for (const [key, value] of Object.entries(input)) add(key, value);
  return form;
}

export type Outcome = { state: FormState } | { redirect: string };


/** A successful action may end in redirect(), which throws Next's NEXT_REDIRECT error; so does requireUser() when signed out. */
async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { state: (await run()) as FormState };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2]! };
    throw error;
  }
}

/** The action called with a form's FormData. */
export const call = (action: Action, input: Input) => outcomeOf(() => action({ status: "idle" }, toFormData(input)));

/** The action called with a plain object: what a client component's call with an object decodes to (React's encodeReply keeps "\ud800" as it is; FormData would not). */
export const callWithObject = (action: Action, input: Record<string, unknown>) => outcomeOf(() => action({ status: "idle" }, input));

export function expected(refusal: ActionRefusal) {
  if (refusal === "SIGN_IN") return { redirect: "/login" };
  if (refusal === "NO_CHANGE") return { state: { status: "success" } };
  return { state: { status: "error", code: refusal } };
}
