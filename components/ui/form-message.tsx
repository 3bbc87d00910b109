import type { FormState } from "@/lib/form-state";
import { Alert } from "@/components/ui/alert";

/** The overall result of a form submission, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle") return null;
  return (
    <Alert tone={state.status === "success" ? "success" : state.code === "CONFLICT" ? "warning" : "error"}>{state.message}</Alert>
  );
}

export function fieldErrors(state: FormState, name: string): string[] | undefined {
  return state.status === "error" ? state.fieldErrors?.[name] : undefined;
}
