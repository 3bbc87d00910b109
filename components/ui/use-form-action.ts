"use client";
import { useActionState, useEffect, useRef, startTransition, type FormEvent } from "react";
import { idle, type FormState } from "@/lib/form-state";

type Action = (state: FormState, payload: FormData) => Promise<FormState>;

/**
 * Runs a server action from a form without React's automatic form reset, so a
 * refused submission keeps everything the user typed. Resets only on success
 * when asked (create forms).
 */
export function useFormAction(action: Action, options: { resetOnSuccess?: boolean; onSuccess?: () => void } = {}) {
  const [state, dispatch, pending] = useActionState(action, idle);
  const formRef = useRef<HTMLFormElement>(null);
  const { resetOnSuccess, onSuccess } = options;
  useEffect(() => {
    if (state.status !== "success") return;
    if (resetOnSuccess) formRef.current?.reset();
    onSuccess?.();
  }, [state, resetOnSuccess, onSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, pending, onSubmit, formRef };
}
