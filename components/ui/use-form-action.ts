"use client";
import { useActionState, useEffect, useRef, startTransition, type FormEvent } from "react";
import { idle, type FormState } from "@/lib/form-state";

export type Action = (state: FormState, payload: FormData) => Promise<FormState>;
type Submitted = { state: FormState; saves: number };

/**
 * Runs a server action from a form without React's automatic form reset, so a
 * refused submission keeps everything the user typed.
 *
 * After a success every control must show what was saved (STYLE.md), so the
 * form keys its fields on `formKey`: they mount again, from their props, after
 * every successful save and whenever the saved row's `version` changes. An
 * edit form then shows the values its page read back from the database (an
 * action revalidates the page in the same response), a create form starts
 * empty, a password field is empty, and React state (a chosen status, units)
 * starts again from the saved row. Nothing here touches the DOM: resetting
 * the DOM under controls React drives left the screen, the state and the next
 * submission disagreeing (issue 12).
 */
export function useFormAction(action: Action, options: { version?: number; onSuccess?: () => void } = {}) {
  const [{ state, saves }, dispatch, pending] = useActionState(
    async (previous: Submitted, payload: FormData): Promise<Submitted> => {
      const state = await action(previous.state, payload);
      return { state, saves: previous.saves + (state.status === "success" ? 1 : 0) };
    },
    { state: idle, saves: 0 },
  );
  const formRef = useRef<HTMLFormElement>(null);
  // Once per success: callers pass a new function on every render, and running
  // it again on a later render (e.g. closing an editor the user just reopened)
  // would undo what the user did next.
  const onSuccess = useRef(options.onSuccess);
  useEffect(() => {
    onSuccess.current = options.onSuccess;
  });
  useEffect(() => {
    if (saves > 0) onSuccess.current?.();
  }, [saves]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  const formKey = `${options.version ?? "new"}-${saves}`;
  return { state, pending, onSubmit, formRef, formKey };
}
